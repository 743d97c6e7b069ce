/**
 * A response from Hyra that is not in the expected shape. On its own so that recognising one
 * (error-messages/) does not bring the readers (parse.ts) into the first download.
 */
export class HyraParseError extends Error {
  override readonly name = 'HyraParseError';
  constructor(
    /** What failed to parse, e.g. "sessions response". */
    readonly what: string,
    /** Each problem as "path: message". */
    readonly problems: string[],
  ) {
    super(`The ${what} from Hyra was not in the expected shape: ${problems.join('; ')}`);
  }
}
