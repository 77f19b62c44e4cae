/** A pipeline was assembled wrongly: a stage needs a layer no earlier stage provides. */
export class PipelineConfigError extends Error {
  constructor(
    message: string,
    readonly stage: string,
  ) {
    super(message);
    this.name = 'PipelineConfigError';
  }
}
