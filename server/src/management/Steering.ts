import type { Actor, AuthService } from '../auth/AuthService.js';
import { DEFAULT_MARGIN, DEFAULT_STALE_AFTER_DAYS } from '../domain/goalStatus.js';
import { badUserInput } from '../errors.js';
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
      throw badUserInput(
        `Doel ${id} volgt ${goal.indicator}: die waarde komt uit de cijfers. Alleen bij een handmatig doel (MANUAL) meldt u zelf een waarde.`,
      );
    }
    if (!Number.isFinite(value)) throw badUserInput('De waarde moet een getal zijn.');
    if (date > this.at().slice(0, 10)) throw badUserInput(`De datum ${date} ligt in de toekomst; meld een waarde op of vóór vandaag.`);
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
    if (text && text.length > 2000) throw badUserInput('De toelichting bij de status is te lang: hoogstens 2000 tekens.');
    if (asCommonThread && !text) throw badUserInput('Schrijf een toelichting om die ook als rode draad te tonen.');
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
    if (!themes.some((t) => t.code === code)) throw badUserInput(`Thema "${code}" bestaat niet; kies een thema uit de prioriteiten.`);
    if (changes.nextMilestoneDate && !/^\d{4}-\d{2}-\d{2}$/.test(changes.nextMilestoneDate))
      throw badUserInput('De datum van de mijlpaal moet JJJJ-MM-DD zijn.');
    for (const [field, value] of Object.entries(changes)) {
      if (typeof value === 'string' && value.length > 2000) throw badUserInput(`${field} is te lang: hoogstens 2000 tekens.`);
    }
    if (domainCodes) {
      const known = new Set((await this.store.listKnowledgeDomains()).map((d) => d.code));
      const unknown = domainCodes.filter((d) => !known.has(d));
      if (unknown.length > 0) throw badUserInput(`Onbekend kennisdomein: ${unknown.join(', ')}.`);
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
    if (!text || text.length > 2000) throw badUserInput('Een notitie heeft 1 tot 2000 tekens.');
    if (!/^[a-z][a-z0-9:-]{0,99}$/.test(input.target)) throw badUserInput(`Onbekend onderdeel "${input.target}" voor een notitie.`);
    const note = { target: input.target, peildatum: input.peildatum, text, author: actor.username, createdAt: this.at() };
    const id = await this.store.addNote(note);
    await this.auth.audit(actor, 'note.add', `notitie ${id} bij ${input.target}`, 'ok', text.slice(0, 200));
    return { id, ...note };
  }

  async deleteNote(actor: Actor, id: number): Promise<boolean> {
    const deleted = await this.store.deleteNote(id);
    if (!deleted) throw badUserInput(`Notitie ${id} bestaat niet.`);
    await this.auth.audit(actor, 'note.delete', `notitie ${id}`, 'ok');
    return true;
  }

  private async existingGoal(id: number): Promise<GoalRow> {
    const goal = await this.store.getGoal(id);
    if (!goal) throw badUserInput(`Doel ${id} bestaat niet.`);
    return goal;
  }

  private async checkGoal(input: GoalInput): Promise<GoalFields> {
    const title = input.title.trim();
    if (!title || title.length > 200) throw badUserInput('Geef het doel een titel van 1 tot 200 tekens.');
    if (!Number.isFinite(input.target)) throw badUserInput('Het doel (target) moet een getal zijn.');
    const between = input.direction === 'BETWEEN';
    if (between && (input.targetUpper == null || !(input.targetUpper > input.target))) {
      throw badUserInput('Bij BETWEEN hoort een bovengrens (targetUpper) groter dan de ondergrens (target).');
    }
    if (!between && input.targetUpper != null) throw badUserInput('Alleen bij BETWEEN hoort een bovengrens (targetUpper).');
    const margin = input.margin ?? DEFAULT_MARGIN;
    if (!(margin >= 0 && margin <= 1)) throw badUserInput('De marge is een fractie van 0 tot en met 1, bijvoorbeeld 0,10 voor 10%.');
    const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
    if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1 || staleAfterDays > 3650)
      throw badUserInput('staleAfterDays is een geheel aantal dagen van 1 tot 3650.');
    if (input.themeCode && !(await this.store.listThemes()).some((t) => t.code === input.themeCode)) {
      throw badUserInput(`Thema "${input.themeCode}" bestaat niet.`);
    }
    if (input.municipalityCode && !(await this.store.getMunicipalities([input.municipalityCode]))[0]) {
      throw badUserInput(`Gemeente "${input.municipalityCode}" bestaat niet in deze regio.`);
    }
    const unit = input.unit?.trim() || null;
    if (input.indicator === 'MANUAL') {
      if (!unit)
        throw badUserInput('Geef bij een handmatig doel de eenheid, bijvoorbeeld "casussen", "%", "dagen" of "per 10.000 inwoners".');
      if (unit.length > UNIT_MAX_LENGTH) throw badUserInput(`De eenheid is te lang: hoogstens ${UNIT_MAX_LENGTH} tekens.`);
    } else if (unit) {
      throw badUserInput('Alleen een handmatig doel (MANUAL) krijgt een eenheid; de andere indicatoren hebben hun eigen eenheid.');
    }
    if (input.indicator === 'UNSPECIFIED_SHARE' && input.municipalityCode) {
      throw badUserInput('Het aandeel "niet gespecificeerd" bestaat alleen voor de regio: laat de gemeente leeg.');
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
