import type { Actor, AuthService } from '../auth/AuthService.js';
import { ROLE_NAMES, ROLE_NAMES_EN, type Viewer } from '../auth/viewer.js';
import { cleanText, figureProblem, PER_DOMAIN_FIGURE, textProblem } from '../domain/explanations.js';
import { badUserInput, conflict, forbidden, noSuchMunicipality, type Message } from '../errors.js';
import type { ExplanationKey, ExplanationRow } from '../store/ExplanationStore.js';
import type { Store } from '../store/index.js';

/** Who writes: the rule reads only the role and, for GEMEENTE, the municipality. */
export type Writer = Pick<Viewer, 'role' | 'municipalityCode'>;

export interface ExplanationInput extends ExplanationKey {
  text: string;
}

const CHANGED_MEANWHILE: Message = {
  nl: 'Deze toelichting is intussen door iemand anders gewijzigd of verwijderd. Vernieuw de pagina, lees de nieuwe tekst en pas die zo nodig opnieuw aan.',
  en: 'Someone else has changed or removed this explanation in the meantime. Refresh the page, read the new text and adjust it again if needed.',
};

/**
 * Explanations of figures: checks who writes what, writes, and audits every change. The ZVH and
 * the beheerder write for every figure of the region; a GEMEENTE user only for its own
 * municipality's figures (docs/decisions/0021-explanations.md). Edits and removals name the
 * version they read: one made meanwhile by someone else is never overwritten unseen.
 */
export class Explanations {
  constructor(
    private readonly store: Store,
    private readonly auth: AuthService,
  ) {}

  private at(): string {
    return new Date(this.auth.now()).toISOString();
  }

  async add(actor: Actor, viewer: Writer, input: ExplanationInput): Promise<ExplanationRow> {
    const key: ExplanationKey = {
      peildatum: input.peildatum,
      figure: input.figure,
      municipalityCode: input.municipalityCode || null,
      domainCode: input.domainCode || null,
    };
    await this.checkKey(viewer, key);
    const text = checkedText(input.text);
    const id = await this.store.addExplanation(key, text, actor.username, this.at());
    if (id === null) {
      throw conflict({
        nl: `Bij ${describe(key)} staat al een toelichting. Pas die aan in plaats van een tweede te schrijven (vernieuw de pagina als u haar niet ziet).`,
        en: `${describe(key, 'region')} already has an explanation. Edit that one instead of writing a second (refresh the page if you do not see it).`,
      });
    }
    await this.auth.audit(actor, 'explanation.add', `toelichting ${id}: ${describe(key)}`, 'ok', text.slice(0, 200));
    return (await this.store.getExplanation(id)) as ExplanationRow;
  }

  async update(actor: Actor, viewer: Writer, id: number, version: number, rawText: string): Promise<ExplanationRow> {
    const before = await this.existing(viewer, id);
    const text = checkedText(rawText);
    if (!(await this.store.updateExplanation(id, version, text, actor.username, this.at()))) throw conflict(CHANGED_MEANWHILE);
    await this.auth.audit(
      actor,
      'explanation.update',
      `toelichting ${id}: ${describe(before)}`,
      'ok',
      `${before.text.slice(0, 200)} → ${text.slice(0, 200)}`,
    );
    return (await this.store.getExplanation(id)) as ExplanationRow;
  }

  async remove(actor: Actor, viewer: Writer, id: number, version: number): Promise<boolean> {
    const before = await this.existing(viewer, id);
    if (!(await this.store.removeExplanation(id, version))) throw conflict(CHANGED_MEANWHILE);
    await this.auth.audit(actor, 'explanation.remove', `toelichting ${id}: ${describe(before)}`, 'ok', before.text.slice(0, 200));
    return true;
  }

  /**
   * One this viewer may change. A GEMEENTE user hears the same for one that does not exist as for
   * another municipality's: an id says nothing of explanations it may not see (on hidden counts).
   */
  private async existing(viewer: Writer, id: number): Promise<ExplanationRow> {
    const found = await this.store.getExplanation(id);
    if (viewer.role === 'GEMEENTE' && (!found || found.municipalityCode !== viewer.municipalityCode)) {
      throw forbidden({
        nl: `Uw rol (gemeente) mag toelichting ${id} niet wijzigen: die bestaat niet of hoort niet bij uw gemeente. Alleen die bij de cijfers van uw eigen gemeente wijzigt u zelf.`,
        en: `Your role (municipality) cannot change explanation ${id}: it does not exist or does not belong to your municipality. You can only change those on your own municipality's figures.`,
      });
    }
    if (!found) {
      throw badUserInput({
        nl: `Toelichting ${id} bestaat niet (meer). Vernieuw de pagina.`,
        en: `Explanation ${id} does not exist (any more). Refresh the page.`,
      });
    }
    await this.mayWriteFor(viewer, found.municipalityCode);
    return found;
  }

  private async checkKey(viewer: Writer, key: ExplanationKey): Promise<void> {
    if (!(await this.store.listCaseloadSnapshots()).some((s) => s.peildatum === key.peildatum)) {
      throw badUserInput({
        nl: `Er is geen telling op peildatum ${key.peildatum}. Kies een peildatum waarop geteld is.`,
        en: `There is no count on the count date ${key.peildatum}. Choose a count date on which a count was made.`,
      });
    }
    const problem = figureProblem(key.figure, key.municipalityCode, key.domainCode);
    if (problem) throw badUserInput(problem);
    if (key.municipalityCode && !(await this.store.getMunicipalities([key.municipalityCode]))[0]) {
      throw badUserInput(noSuchMunicipality(key.municipalityCode));
    }
    await this.mayWriteFor(viewer, key.municipalityCode);
    if (key.domainCode) {
      if (!(await this.store.getKnowledgeDomains([key.domainCode]))[0]) {
        throw badUserInput({ nl: `Onbekend kennisdomein: ${key.domainCode}.`, en: `Unknown knowledge domain: ${key.domainCode}.` });
      }
      const rows = (await this.store.caseCountsBySnapshot([key.peildatum]))[0] ?? [];
      const counted = rows.some(
        (r) => r.domainCode !== null && (key.municipalityCode === null || r.municipalityCode === key.municipalityCode),
      );
      if (!counted) {
        throw badUserInput({
          nl: `De telling van ${key.peildatum} is niet ${key.municipalityCode ? 'voor deze gemeente ' : ''}per kennisdomein uitgesplitst: er is geen ${PER_DOMAIN_FIGURE} om toe te lichten.`,
          en: `The count of ${key.peildatum} is not broken down by knowledge domain${key.municipalityCode ? ' for this municipality' : ''}: there is no ${PER_DOMAIN_FIGURE} to explain.`,
        });
      }
    }
  }

  /** A GEMEENTE user writes only for its own municipality's figures; ZVH and BEHEERDER for all. */
  private async mayWriteFor(viewer: Writer, municipalityCode: string | null): Promise<void> {
    if (viewer.role === 'ZVH' || viewer.role === 'BEHEERDER') return;
    if (viewer.role === 'GEMEENTE' && municipalityCode !== null && municipalityCode === viewer.municipalityCode) return;
    throw forbidden({
      nl: `Uw rol (${ROLE_NAMES[viewer.role]}) mag alleen een toelichting schrijven bij de cijfers van uw eigen gemeente; die bij de regio en andere gemeenten schrijft het ZVH.`,
      en: `Your role (${ROLE_NAMES_EN[viewer.role]}) can only write an explanation on your own municipality's figures; the ZVH writes those on the region and on other municipalities.`,
    });
  }
}

function checkedText(raw: string): string {
  const text = cleanText(raw);
  const problem = textProblem(text);
  if (problem) throw badUserInput(problem);
  return text;
}

/** The figure an explanation belongs to, as the audit log and the messages name it; `region` in the message's language. */
function describe(key: ExplanationKey, region = 'regio'): string {
  return [key.figure, key.peildatum, key.municipalityCode ?? region, key.domainCode].filter(Boolean).join(' ');
}
