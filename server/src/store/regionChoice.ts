import { ConfigError } from '../configError.js';

const NO_REGION = 'De database bevat nog geen regio: laad de bronwaarden met `npm run seed`.';

/**
 * Which region of the database a store serves: the one named (ZV_REGION), or the database's only
 * one. Settled lazily, at the first use that needs it — a fresh database gets its region only
 * when the seed is loaded — and kept once known to be in the database. Shared by both stores so
 * that they choose, and refuse, alike.
 */
export class RegionChoice {
  private resolved: string | undefined;

  constructor(
    /** ZV_REGION, or undefined for the database's only region. */
    readonly named: string | undefined,
    /** The codes of the regions in the database. */
    private readonly regionCodes: () => Promise<string[]>,
  ) {}

  /**
   * The code of the region served; null while the database holds no region and none is named
   * (everything regional then answers empty). Throws a ConfigError naming ZV_REGION when the named
   * region is not in the database, or none is named and there are several.
   */
  async code(): Promise<string | null> {
    if (this.resolved !== undefined) return this.resolved;
    const codes = await this.regionCodes();
    const known = codes.length > 0 ? codes.join(', ') : 'nog geen';
    if (this.named !== undefined) {
      if (!codes.includes(this.named)) {
        throw new ConfigError(
          `ZV_REGION="${this.named}": deze regio staat niet in de database. Regio's in de database: ${known}. ` +
            'Kies een van deze codes, of laad eerst de bronwaarden van de regio.',
        );
      }
      return (this.resolved = this.named);
    }
    if (codes.length > 1) {
      throw new ConfigError(
        `De database bevat meerdere regio's (${known}): kies met ZV_REGION welke regio deze server dient, bijvoorbeeld ZV_REGION=${codes[0]}.`,
      );
    }
    return codes.length === 1 ? (this.resolved = codes[0]!) : null;
  }

  /** The region, for writes and for getRegion: they need one. */
  async require(): Promise<string> {
    const code = await this.code();
    if (code === null) throw new Error(NO_REGION);
    return code;
  }

  /** Whether a named region is missing from the database (then the store counts as empty). */
  async namedMissing(): Promise<boolean> {
    return this.named !== undefined && !(await this.regionCodes()).includes(this.named);
  }

  /** The region a seed must be of: the named one, or the one in the database (null: any). */
  async served(): Promise<string | null> {
    return this.named ?? (await this.code());
  }

  /**
   * The seed's region must be the one served; a ConfigError saying how to load it otherwise.
   */
  async checkSeedRegion(seedRegion: string): Promise<void> {
    const served = await this.served();
    if (served !== null && served !== seedRegion) {
      throw new ConfigError(
        `De bronwaarden zijn van regio ${seedRegion}, deze server dient regio ${served}` +
          `${this.named === undefined ? '' : ' (ZV_REGION)'}: laad ze met ZV_REGION=${seedRegion}.`,
      );
    }
  }

  /** After `clear`: the region may be gone; the next use settles it again. */
  forget(): void {
    this.resolved = undefined;
  }
}

export { NO_REGION };
