// A write refused for a reason the editor can fix, named by the form field it concerns.
export class ActorWriteError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
