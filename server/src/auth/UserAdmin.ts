import type { AuditAction } from '@zv/shared';
import { badUserInput, noSuchMunicipality } from '../errors.js';
import type { Store } from '../store/index.js';
import type { Role, UserRow } from '../store/types.js';
import type { Actor, AuthService } from './AuthService.js';
import { passwordProblem } from './passwords.js';
import { normaliseUsername } from './policy.js';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const describe = (u: { role: Role; municipalityCode: string | null }) => (u.municipalityCode ? `${u.role} ${u.municipalityCode}` : u.role);

/**
 * Managing accounts (BEHEERDER): create, change role, deactivate and reactivate, end sessions,
 * lift the lock after failed logins.
 * Every change, refused or done, goes to the audit log with old → new.
 */
export class UserAdmin {
  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
  ) {}

  async create(
    actor: Actor,
    input: { username: string; password: string; role: Role; municipalityCode?: string | null },
  ): Promise<UserRow> {
    const username = input.username.trim();
    try {
      if (!USERNAME.test(username)) {
        throw badUserInput({
          nl: 'Ongeldige gebruikersnaam: gebruik 1 tot 64 letters, cijfers of . _ @ -, beginnend met een letter of cijfer.',
          en: 'Invalid username: use 1 to 64 letters, digits or . _ @ -, starting with a letter or digit.',
        });
      }
      if (await this.store.findUser(username)) {
        throw badUserInput({ nl: `De gebruikersnaam "${username}" bestaat al.`, en: `The username "${username}" already exists.` });
      }
      const municipalityCode = await this.checkMunicipality(input.role, input.municipalityCode ?? null);
      const problem = passwordProblem(input.password, username);
      if (problem) throw badUserInput(problem);
      const id = await this.store.createUser({
        username,
        passwordHash: await this.auth.hash(input.password),
        role: input.role,
        municipalityCode,
        createdAt: new Date(this.auth.now()).toISOString(),
      });
      await this.auth.audit(actor, 'user.create', username, 'ok', describe({ role: input.role, municipalityCode }));
      return (await this.store.getUsers([id]))[0] as UserRow;
    } catch (error) {
      await this.auth.audit(actor, 'user.create', username, 'refused', (error as Error).message);
      throw error;
    }
  }

  async setRole(actor: Actor, username: string, role: Role, municipalityCode: string | null | undefined): Promise<UserRow> {
    const user = await this.existing(actor, 'user.setRole', username);
    try {
      const code = await this.checkMunicipality(role, municipalityCode ?? null);
      if (user.role === 'BEHEERDER' && role !== 'BEHEERDER') await this.keepOneBeheerder(user);
      await this.store.setUserRole(user.id, role, code);
      await this.auth.audit(
        actor,
        'user.setRole',
        user.username,
        'ok',
        `${describe(user)} → ${describe({ role, municipalityCode: code })}`,
      );
    } catch (error) {
      await this.auth.audit(actor, 'user.setRole', user.username, 'refused', (error as Error).message);
      throw error;
    }
    return (await this.store.getUsers([user.id]))[0] as UserRow;
  }

  async setActive(actor: Actor, username: string, active: boolean): Promise<UserRow> {
    const action = active ? 'user.reactivate' : 'user.deactivate';
    const user = await this.existing(actor, action, username);
    try {
      if (!active && user.role === 'BEHEERDER') await this.keepOneBeheerder(user);
      await this.store.setUserActive(user.id, active);
      // A deactivated user is out at once, not when the session would have expired.
      const ended = active ? 0 : await this.store.deleteUserSessions(user.id);
      await this.auth.audit(actor, action, user.username, 'ok', active ? null : `${ended} sessies beëindigd`);
    } catch (error) {
      await this.auth.audit(actor, action, user.username, 'refused', (error as Error).message);
      throw error;
    }
    return (await this.store.getUsers([user.id]))[0] as UserRow;
  }

  async endSessions(actor: Actor, username: string): Promise<number> {
    const user = await this.existing(actor, 'user.endSessions', username);
    const ended = await this.store.deleteUserSessions(user.id);
    await this.auth.audit(actor, 'user.endSessions', user.username, 'ok', `${ended} sessies beëindigd`);
    return ended;
  }

  /** Lifts the lock after failed logins, from every address; answers how many failed attempts were cleared. */
  async unlockLogins(actor: Actor, username: string): Promise<number> {
    const user = await this.existing(actor, 'user.unlockLogins', username);
    const cleared = await this.store.clearAllLoginFailures(normaliseUsername(user.username));
    await this.auth.audit(actor, 'user.unlockLogins', user.username, 'ok', `${cleared} mislukte pogingen gewist`);
    return cleared;
  }

  private async existing(actor: Actor, action: AuditAction, username: string): Promise<UserRow> {
    const user = await this.store.findUser(username.trim());
    if (!user) {
      await this.auth.audit(actor, action, username, 'refused', 'onbekende gebruiker');
      throw badUserInput({ nl: `De gebruiker "${username}" bestaat niet.`, en: `The user "${username}" does not exist.` });
    }
    return user;
  }

  /** A GEMEENTE user needs one of the region's municipalities; the other roles none. */
  private async checkMunicipality(role: Role, code: string | null): Promise<string | null> {
    if (role !== 'GEMEENTE') {
      if (code) {
        throw badUserInput({
          nl: `Alleen de rol GEMEENTE hoort bij een gemeente; laat municipalityCode leeg voor ${role}.`,
          en: `Only the role GEMEENTE (municipality) belongs to a municipality; leave municipalityCode empty for ${role}.`,
        });
      }
      return null;
    }
    if (!code) {
      throw badUserInput({
        nl: 'De rol GEMEENTE hoort bij één gemeente: geef municipalityCode, bijvoorbeeld "GM0479".',
        en: 'The role GEMEENTE (municipality) belongs to one municipality: give municipalityCode, for example "GM0479".',
      });
    }
    const [municipality] = await this.store.getMunicipalities([code]);
    if (!municipality) throw badUserInput(noSuchMunicipality(code));
    return municipality.code;
  }

  /** The region must keep an active beheerder: otherwise nobody can manage users any more. */
  private async keepOneBeheerder(user: UserRow): Promise<void> {
    const others = (await this.store.listUsers()).filter((u) => u.role === 'BEHEERDER' && u.active && u.id !== user.id);
    if (others.length === 0)
      throw badUserInput({
        nl: `${user.username} is de laatste actieve beheerder; maak eerst een andere gebruiker beheerder.`,
        en: `${user.username} is the last active administrator; first make another user an administrator.`,
      });
  }
}
