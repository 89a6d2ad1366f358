import { type DocumentModel, formatDateVi } from '@suotdoi/shared';
import type { DocumentInputs } from './document-inputs';
import { DOCUMENT_WORDS, type DocumentWords } from './document-words';

/** The parts of a document around its body: header block, title, recipients, closing, and the template's gaps. */

const upper = (s: string) => s.toLocaleUpperCase('vi');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** How the document names the plan: its title, with its number and date when it has one. */
export function planPhrase(inputs: DocumentInputs, w: DocumentWords): string {
  const { plan } = inputs;
  if (!plan) return w.noPlanSubject;
  const title = lowerFirst(plan.title);
  const fixed = /^(kế hoạch|chương trình|quyết định)/u.test(title)
    ? title.charAt(0).toLocaleUpperCase('vi') + title.slice(1)
    : title;
  return plan.symbol ? `${fixed} (số ${plan.symbol} ngày ${formatDateVi(plan.date)})` : fixed;
}

/** "Ninh Bình, ngày 07 tháng 12 năm 2026": day and month with two digits, as Decree 30 writes them. */
function placeDate(inputs: DocumentInputs, w: DocumentWords): string {
  const [y, m, d] = inputs.today.split('-') as [string, string, string];
  // Decree 30: days below 10 and months below 3 take a leading zero; others do not.
  const month = Number(m) < 3 ? m : String(Number(m));
  return w.placeDate(inputs.template.place || '……', d, month, y);
}

/** What every document carries besides its body, annexes, gaps and figures. */
export function documentShell(
  inputs: DocumentInputs,
  kind: DocumentModel['kind'],
  subtitle: string,
): Omit<DocumentModel, 'body' | 'annexes' | 'gaps' | 'figures'> {
  const { unit, plan } = inputs;
  return {
    kind,
    lang: inputs.lang,
    unit: { id: unit.id, code: unit.code, name: unit.typedName, kind: unit.kind },
    year: inputs.year,
    plan: plan && { id: plan.id, symbol: plan.symbol, title: plan.title, date: plan.date },
    generatedAt: inputs.generatedAt,
    dataAsOf: inputs.dataAsOf,
    ...headerOf(inputs, subtitle),
  };
}

function headerOf(inputs: DocumentInputs, subtitle: string): Pick<DocumentModel, 'header' | 'closing'> {
  const w = DOCUMENT_WORDS[inputs.lang];
  const t = inputs.template;
  const pattern = t.symbolPattern.replaceAll('{year}', String(inputs.year)) || '……';
  const copyTo = [
    ...(t.recipients.length > 0 ? [w.copyToDefault[0]!] : []),
    ...t.copyTo,
    w.copyToDefault[1]!,
  ];
  return {
    header: {
      parentBody: upper(t.parentBody),
      issuingBody: upper(t.issuingBody || inputs.unit.typedName),
      symbol: w.symbol(pattern),
      placeDate: placeDate(inputs, w),
      title: w.title,
      subtitle,
      recipients: t.recipients,
    },
    closing: {
      copyTo: copyTo.map((line, i) => `- ${line}${i === copyTo.length - 1 ? '.' : ';'}`),
      signer: {
        authority: upper(t.signerAuthority),
        title: upper(t.signerTitle),
        name: t.signerName,
      },
    },
  };
}

/** The opening paragraphs: the template's, or one sentence naming the plan and what is reported. */
export function openingOf(inputs: DocumentInputs, what: string): string[] {
  const w = DOCUMENT_WORDS[inputs.lang];
  const own = inputs.template.opening
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter(Boolean);
  if (own.length > 0) return own;
  return [w.defaultOpening(planPhrase(inputs, w), lowerFirst(inputs.unit.typedName), what)];
}

/** The template fields left empty, named in a sentence (the document still generates). */
export function templateGaps(inputs: DocumentInputs): string[] {
  const w = DOCUMENT_WORDS[inputs.lang];
  const t = inputs.template;
  const missing = (
    [
      ['issuingBody', t.issuingBody],
      ['symbolPattern', t.symbolPattern],
      ['place', t.place],
      ['recipients', t.recipients.join('')],
      ['signerTitle', t.signerTitle],
      ['signerName', t.signerName],
    ] as const
  )
    .filter(([, v]) => v.trim() === '')
    .map(([k]) => w.templateFields[k]);
  return missing.length > 0 ? [w.gaps.templateMissing(missing.join(', '))] : [];
}
