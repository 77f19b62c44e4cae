/**
 * The entry module of an extraction worker thread: builds the pipeline once from the pool's
 * configuration and answers each input with its encoded rows. Started by `extractPool`.
 */
import type { ArticleInput } from '../model/index.js';
import { extractTask } from './extract-task.js';
import type { ExtractConfig, ExtractOutcome } from './extract-task.js';
import { serve } from './serve.js';

serve<ExtractConfig, ArticleInput, ExtractOutcome>(extractTask);
