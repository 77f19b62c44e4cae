/**
 * The entry module of the thread that builds the whole store's series and conflicts for the
 * server (see `wholeStoreLists`).
 */
import { serve } from '../../workers/serve.js';
import { listsTask } from './lists-task.js';
import type { ListsConfig, ListsTask } from './lists-task.js';

serve<ListsConfig, ListsTask, string>(listsTask);
