import type { Actor, AuthService } from '../auth/AuthService.js';
import { DEFAULT_MARGIN, DEFAULT_STALE_AFTER_DAYS } from '../domain/goalStatus.js';
import { badUserInput, noSuchMunicipality } from '../errors.js';
import type { Store } from '../store/index.js';
import type { ThemeChanges } from '../store/SteeringStore.js';
import type { GoalFields, GoalRow, Indicator, NoteRow, ThemeStatus } from '../store/types.js';

export interface GoalInput {
  title: string;
  themeCode?: string | null;
  municipalityCode?: string | null;
  indicator: Indicator;
  direction: GoalFields['direction'];
  target: number;
  targetUpper?: number | null;
  margin?: number | null;
  deadline?: string | null;
  staleAfterDays?: number | null;
  unit?: string | null;
}

/** Characters of a MANUAL goal's unit ("per 10.000 inwoners" fits with room to spare). */
export const UNIT_MAX_LENGTH = 40;

/**
 * Goals, theme edits and notes: checks the input, writes, and audits every change. Statuses
 * are never stored: they are computed from the values (domain/goalStatus.ts).
 */
export class Steering {
  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
  ) {}

  private at(): string {
    return new Date(this.auth.now()).toISOString();
  }

  async createGoal(actor: Actor, input: GoalInput): Promise<GoalRow> {
    const fields = await this.checkGoal(input);
    const id = await this.store.createGoal(fields, this.at(), actor.username);
    await this.auth.audit(actor, 'goal.create', `doel ${id}: ${fields.title}`, 'ok', describeGoal(fields));
    return (await this.store.getGoal(id)) as GoalRow;
  }

  async updateGoal(actor: Actor, id: number, input: GoalInput): Promise<GoalRow> {
    const before = await this.existingGoal(id);
    const fields = await this.checkGoal(input);
    await this.store.updateGoal(id, fields);
    await this.auth.audit(actor, 'goal.update', `doel ${id}: ${fields.title}`, 'ok', `${describeGoal(before)} → ${describeGoal(fields)}`);
    return (await this.store.getGoal(id)) as GoalRow;
  }

  async deleteGoal(actor: Actor, id: number): Promise<boolean> {
    const before = await this.existingGoal(id);
    await this.store.deleteGoal(id);
    await this.auth.audit(actor, 'goal.delete', `doel ${id}: ${before.title}`, 'ok', describeGoal(before));
    return true;
  }

  async reportValue(actor: Actor, id: number, value: number, date: string): Promise<GoalRow> {
    const goal = await this.existingGoal(id);
    if (goal.indicator !== 'MANUAL') {
      throw badUserInput({
        nl: `Doel ${id} volgt ${goal.indicator}: die waarde komt uit de cijfers. Alleen bij een handmatig doel (MANUAL) meldt u zelf een waarde.`,
        en: `Goal ${id} follows ${goal.indicator}: that value comes from the figures. Only for a manual goal (MANUAL) do you report a value yourself.`,
      });
    }
    if (!Number.isFinite(value)) throw badUserInput({ nl: 'De waarde moet een getal zijn.', en: 'The value must be a number.' });
    if (date > this.at().slice(0, 10)) {
      throw badUserInput({
        nl: `De datum ${date} ligt in de toekomst; meld een waarde op of vóór vandaag.`,
        en: `The date ${date} is in the future; report a value on or before today.`,
      });
    }
    await this.store.reportGoalValue(id, date, value, this.at(), actor.username);
    await this.auth.audit(actor, 'goal.reportValue', `doel ${id}: ${goal.title}`, 'ok', `${date}: ${value}`);
    return goal;
  }

  /**
   * The note explains the change and is kept with it in the theme's history. Only when the person
   * asks for it (`asCommonThread`) does it also become a "rode draad" on the theme, which the
   * board reads beside it: a status note is not silently published as one.
   */
  async setThemeStatus(actor: Actor, code: string, status: ThemeStatus, note: string | null, asCommonThread = false): Promise<void> {
    const text = note?.trim() || null;
    if (text && text.length > 2000) {
      throw badUserInput({
        nl: 'De toelichting bij de status is te lang: hoogstens 2000 tekens.',
        en: 'The note on the status is too long: at most 2000 characters.',
      });
    }
    if (asCommonThread && !text) {
      throw badUserInput({
        nl: 'Schrijf een toelichting om die ook als rode draad te tonen.',
        en: 'Write a note to show it as a common thread as well.',
      });
    }
    await this.editTheme(actor, code, { status }, null, text);
    if (asCommonThread && text) await this.addNote(actor, { target: `theme:${code}`, peildatum: null, text });
  }

  async editTheme(
    actor: Actor,
    code: string,
    changes: ThemeChanges,
    domainCodes: readonly string[] | null,
    statusNote: string | null = null,
  ): Promise<void> {
    const themes = await this.store.listThemes();
    if (!themes.some((t) => t.code === code)) {
      throw badUserInput({
        nl: `Thema "${code}" bestaat niet; kies een thema uit de prioriteiten.`,
        en: `Theme "${code}" does not exist; choose a theme from the priorities.`,
      });
    }
    if (changes.nextMilestoneDate && !/^\d{4}-\d{2}-\d{2}$/.test(changes.nextMilestoneDate))
      throw badUserInput({ nl: 'De datum van de mijlpaal moet JJJJ-MM-DD zijn.', en: 'The date of the milestone must be YYYY-MM-DD.' });
    for (const [field, value] of Object.entries(changes)) {
      if (typeof value === 'string' && value.length > 2000) {
        throw badUserInput({ nl: `${field} is te lang: hoogstens 2000 tekens.`, en: `${field} is too long: at most 2000 characters.` });
      }
    }
    if (domainCodes) {
      const known = new Set((await this.store.listKnowledgeDomains()).map((d) => d.code));
      const unknown = domainCodes.filter((d) => !known.has(d));
      if (unknown.length > 0) {
        const codes = unknown.join(', ');
        throw badUserInput({ nl: `Onbekend kennisdomein: ${codes}.`, en: `Unknown knowledge domain: ${codes}.` });
      }
    }
    const edits = await this.store.editTheme(code, changes, domainCodes, this.at(), actor.username, statusNote);
    for (const edit of edits) {
      await this.auth.audit(
        actor,
        edit.field === 'status' ? 'theme.setStatus' : 'theme.update',
        `thema ${code}: ${edit.field}`,
        'ok',
        `${edit.oldValue ?? '–'} → ${edit.newValue ?? '–'}`,
      );
    }
  }

  async addNote(actor: Actor, input: { target: string; peildatum: string | null; text: string }): Promise<NoteRow> {
    const text = input.text.trim();
    if (!text || text.length > 2000)
      throw badUserInput({ nl: 'Een notitie heeft 1 tot 2000 tekens.', en: 'A note has 1 to 2000 characters.' });
    if (!/^[a-z][a-z0-9:-]{0,99}$/.test(input.target)) {
      throw badUserInput({
        nl: `Onbekend onderdeel "${input.target}" voor een notitie.`,
        en: `Unknown part "${input.target}" for a note.`,
      });
    }
    const note = { target: input.target, peildatum: input.peildatum, text, author: actor.username, createdAt: this.at() };
    const id = await this.store.addNote(note);
    await this.auth.audit(actor, 'note.add', `notitie ${id} bij ${input.target}`, 'ok', text.slice(0, 200));
    return { id, ...note };
  }

  async deleteNote(actor: Actor, id: number): Promise<boolean> {
    const deleted = await this.store.deleteNote(id);
    if (!deleted) throw badUserInput({ nl: `Notitie ${id} bestaat niet.`, en: `Note ${id} does not exist.` });
    await this.auth.audit(actor, 'note.delete', `notitie ${id}`, 'ok');
    return true;
  }

  private async existingGoal(id: number): Promise<GoalRow> {
    const goal = await this.store.getGoal(id);
    if (!goal) throw badUserInput({ nl: `Doel ${id} bestaat niet.`, en: `Goal ${id} does not exist.` });
    return goal;
  }

  private async checkGoal(input: GoalInput): Promise<GoalFields> {
    const title = input.title.trim();
    if (!title || title.length > 200) {
      throw badUserInput({ nl: 'Geef het doel een titel van 1 tot 200 tekens.', en: 'Give the goal a title of 1 to 200 characters.' });
    }
    if (!Number.isFinite(input.target)) {
      throw badUserInput({ nl: 'Het doel (target) moet een getal zijn.', en: 'The target must be a number.' });
    }
    const between = input.direction === 'BETWEEN';
    if (between && (input.targetUpper == null || !(input.targetUpper > input.target))) {
      throw badUserInput({
        nl: 'Bij BETWEEN hoort een bovengrens (targetUpper) groter dan de ondergrens (target).',
        en: 'BETWEEN needs an upper limit (targetUpper) greater than the lower limit (target).',
      });
    }
    if (!between && input.targetUpper != null) {
      throw badUserInput({
        nl: 'Alleen bij BETWEEN hoort een bovengrens (targetUpper).',
        en: 'Only BETWEEN has an upper limit (targetUpper).',
      });
    }
    const margin = input.margin ?? DEFAULT_MARGIN;
    if (!(margin >= 0 && margin <= 1)) {
      throw badUserInput({
        nl: 'De marge is een fractie van 0 tot en met 1, bijvoorbeeld 0,10 voor 10%.',
        en: 'The margin is a fraction from 0 up to and including 1, for example 0.10 for 10%.',
      });
    }
    const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1 || staleAfterDays > 3650)
      throw badUserInput({
        nl: 'staleAfterDays is een geheel aantal dagen van 1 tot 3650.',
        en: 'staleAfterDays is a whole number of days from 1 to 3650.',
      });
    if (input.themeCode && !(await this.store.listThemes()).some((t) => t.code === input.themeCode)) {
      throw badUserInput({ nl: `Thema "${input.themeCode}" bestaat niet.`, en: `Theme "${input.themeCode}" does not exist.` });
    }
    if (input.municipalityCode && !(await this.store.getMunicipalities([input.municipalityCode]))[0]) {
      throw badUserInput(noSuchMunicipality(input.municipalityCode));
    }
    const unit = input.unit?.trim() || null;
    if (input.indicator === 'MANUAL') {
      if (!unit) {
        throw badUserInput({
          nl: 'Geef bij een handmatig doel de eenheid, bijvoorbeeld "casussen", "%", "dagen" of "per 10.000 inwoners".',
          en: 'Give a manual goal its unit, for example "cases", "%", "days" or "per 10,000 inhabitants".',
        });
      }
      if (unit.length > UNIT_MAX_LENGTH) {
        throw badUserInput({
          nl: `De eenheid is te lang: hoogstens ${UNIT_MAX_LENGTH} tekens.`,
          en: `The unit is too long: at most ${UNIT_MAX_LENGTH} characters.`,
        });
      }
    } else if (unit) {
      throw badUserInput({
        nl: 'Alleen een handmatig doel (MANUAL) krijgt een eenheid; de andere indicatoren hebben hun eigen eenheid.',
        en: 'Only a manual goal (MANUAL) gets a unit; the other indicators have their own unit.',
      });
    }
    if (input.indicator === 'UNSPECIFIED_SHARE' && input.municipalityCode) {
      throw badUserInput({
        nl: 'Het aandeel "niet gespecificeerd" bestaat alleen voor de regio: laat de gemeente leeg.',
        en: 'The "unspecified" share exists only for the region: leave the municipality empty.',
      });
    }
    return {
      title,
      themeCode: input.themeCode ?? null,
      municipalityCode: input.municipalityCode ?? null,
      indicator: input.indicator,
      direction: input.direction,
      target: input.target,
      targetUpper: between ? (input.targetUpper as number) : null,
      margin,
      deadline: input.deadline ?? null,
      staleAfterDays,
      unit,
    };
  }
}

function describeGoal(goal: GoalFields): string {
  const bound =
    goal.direction === 'BETWEEN' ? `${goal.target}..${goal.targetUpper}` : `${goal.direction === 'AT_MOST' ? '≤' : '≥'} ${goal.target}`;
  return `${goal.indicator} ${bound}${goal.unit ? ` ${goal.unit}` : ''} (marge ${goal.margin})${goal.municipalityCode ? ` ${goal.municipalityCode}` : ''}`;
}
