import { render } from 'preact';
import { Layout } from './components/layout.js';
import { ArticlePage } from './pages/article.js';
import { ConflictsPage } from './pages/conflicts.js';
import { EntitiesPage } from './pages/entities.js';
import { EntityPage } from './pages/entity.js';
import { SearchPage } from './pages/search.js';
import { SeriesPage } from './pages/series.js';
import { StoriesPage } from './pages/stories.js';
import { StoryPage } from './pages/story.js';
import { useRoute } from './router.js';
import type { Route } from './router.js';

function Page(props: { readonly route: Route }) {
  const { page, id, params } = props.route;
  switch (page) {
    case 'stories':
      return <StoriesPage />;
    case 'story':
      return id ? <StoryPage id={id} /> : <StoriesPage />;
    case 'series':
      return <SeriesPage params={params} />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'entities':
      return <EntitiesPage params={params} />;
    case 'entity':
      return id ? <EntityPage id={id} /> : <EntitiesPage params={params} />;
    case 'article':
      return id ? <ArticlePage id={id} params={params} /> : <StoriesPage />;
    case 'search':
      return <SearchPage params={params} />;
    default:
      return (
        <section>
          <h1>Not found</h1>
          <p>There is no page “{page}”.</p>
        </section>
      );
  }
}

function App() {
  const route = useRoute();
  const nav = route.page === 'story' ? 'stories' : route.page === 'entity' ? 'entities' : route.page;
  return (
    <Layout page={nav}>
      <Page key={`${route.page}/${route.id ?? ''}`} route={route} />
    </Layout>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
