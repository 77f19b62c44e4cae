export const STAGE = 'claims';
