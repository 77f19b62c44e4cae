/** The name this stage goes by in blocks, messages and provenance. */
export const STAGE = 'normalise';
