import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, ChartSpec, DocumentModel } from '../../api/documents';
import { EChart } from '../analytics/EChart';
import { chartHeight, chartOption, chartSummary } from './chart-options';
import {
  bulletText,
  columnPercents,
  copyToLines,
  hasTableRows,
  KINH_GUI,
  MOTTO,
  NATIONAL_TITLE,
  NOI_NHAN,
  recipientLines,
  signerLines,
} from './document-layout';
import './documents.css';

type TableBlock = Extract<Block, { type: 'table' }>;

/**
 * A document tree laid out as the DOCX is (Decree 30/2020, Appendix I): A4, Times New Roman 14 pt, the header
 * block in two columns, the title, Kính gửi, the body, Nơi nhận and the signature. Only layout: every word and
 * number comes from the model, so the print, the DOCX and a published copy say the same.
 */
export function DocumentSheet({
  model,
  testId = 'document-sheet',
}: {
  model: DocumentModel;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { header, closing } = model;
  const kinhGui = recipientLines(header.recipients);
  const signer = signerLines(closing.signer);
  const copyTo = copyToLines(closing.copyTo);
  return (
    <article
      className="doc-sheet"
      lang={model.lang}
      aria-label={t('documents.print.sheetLabel')}
      data-testid={testId}
    >
      <div className="doc-header">
        <div className="doc-header__cell">
          {header.parentBody.trim() ? <p className="doc-upper">{header.parentBody}</p> : null}
          {header.issuingBody.trim() ? (
            <>
              <p className="doc-upper doc-bold">{header.issuingBody}</p>
              <span className="doc-rule doc-rule--issuer" aria-hidden />
            </>
          ) : null}
        </div>
        <div className="doc-header__cell">
          <p className="doc-bold">{NATIONAL_TITLE}</p>
          <p className="doc-bold doc-motto">
            <span className="doc-motto__line">{MOTTO}</span>
          </p>
        </div>
        <div className="doc-header__cell doc-header__cell--second">
          {header.symbol.trim() ? <p>{header.symbol}</p> : null}
        </div>
        <div className="doc-header__cell doc-header__cell--second">
          {header.placeDate.trim() ? <p className="doc-italic doc-body-size">{header.placeDate}</p> : null}
        </div>
      </div>

      <div className="doc-title">
        {header.title.trim() ? <h2 className="doc-title__kind">{header.title}</h2> : null}
        {header.subtitle.trim() ? <p className="doc-bold">{header.subtitle}</p> : null}
        <span className="doc-rule doc-rule--title" aria-hidden />
      </div>

      {kinhGui.lines.length === 0 ? null : kinhGui.inline ? (
        <p className="doc-kinh-gui doc-kinh-gui--inline">
          {KINH_GUI} {kinhGui.lines[0]}
        </p>
      ) : (
        <div className="doc-kinh-gui">
          <span>{KINH_GUI}</span>
          <div>
            {kinhGui.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: recipients may repeat; their order is their identity
              <p key={i}>{line}</p>
            ))}
          </div>
        </div>
      )}

      <div className="doc-body">
        {model.body.map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a frozen tree never move
          <Fragment key={i}>
            <BlockView block={block} lang={model.lang} />
          </Fragment>
        ))}
      </div>

      <div className="doc-closing">
        <div className="doc-closing__copy-to">
          {copyTo.length > 0 ? (
            <>
              <p className="doc-copy-to-label">{NOI_NHAN}</p>
              {copyTo.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; their order is their identity
                <p key={i}>{line}</p>
              ))}
            </>
          ) : null}
        </div>
        <div className="doc-closing__signer" data-testid={`${testId}-signer`}>
          {signer.above.map((line) => (
            <p key={line} className="doc-bold">
              {line}
            </p>
          ))}
          {signer.above.length > 0 || signer.name ? <div className="doc-signing-room" aria-hidden /> : null}
          {signer.name ? <p className="doc-bold">{signer.name}</p> : null}
        </div>
      </div>
    </article>
  );
}

function BlockView({ block, lang }: { block: Block; lang: string }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h3', 'h4', 'h5'] as const)[block.level - 1]!;
      return <Tag className={`doc-heading doc-heading--${block.level}`}>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p className={block.italic ? 'doc-p doc-italic' : 'doc-p'}>
          {block.lead ? <strong>{block.lead}</strong> : null}
          {block.text}
        </p>
      );
    case 'bullets':
      return (
        <ul className="doc-bullets">
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; their order is their identity
            <li key={i} className="doc-p">
              {bulletText(item)}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <TableView block={block} />;
    case 'chart':
      return <ChartView spec={block.chart} caption={block.caption} lang={lang} />;
  }
}

function TableView({ block }: { block: TableBlock }) {
  const caption = block.caption.trim();
  if (!hasTableRows(block)) {
    return (
      <>
        {caption ? <p className="doc-caption">{caption}</p> : null}
        <p className="doc-p doc-italic">{block.empty}</p>
      </>
    );
  }
  const widths = columnPercents(block.columns.map((c) => c.width));
  const align = (i: number) => block.columns[i]?.align ?? 'left';
  // The wrapper scrolls sideways on a phone, where a table of eight columns cannot fit the screen's width.
  return (
    <div className="doc-table-wrap">
      <table className="doc-table">
        {caption ? <caption className="doc-caption">{caption}</caption> : null}
        <colgroup>
          {widths.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th key={i} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a frozen table never move
            <tr key={r}>
              {block.columns.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <td key={i} className={`doc-cell--${align(i)}`}>
                  {row[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {block.footer && block.footer.length > 0 ? (
          <tfoot>
            <tr>
              {block.columns.map((_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <td key={i} className={`doc-cell--${align(i)}`}>
                  {block.footer?.[i] ?? ''}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

function ChartView({ spec, caption, lang }: { spec: ChartSpec; caption: string; lang: string }) {
  const { t } = useTranslation();
  // The document's language, not the screen's: the DOCX picture says the same.
  const noData = t('documents.print.chartNoData', { lng: lang });
  const option = useMemo(() => chartOption(spec, lang, noData), [spec, lang, noData]);
  return (
    <figure className="doc-figure">
      {spec.title.trim() ? (
        <p className="doc-chart-title" aria-hidden>
          {spec.title}
        </p>
      ) : null}
      <EChart
        option={option}
        label={chartSummary(spec, lang)}
        className="doc-chart"
        style={{ height: chartHeight(spec) }}
      />
      {caption.trim() ? <figcaption className="doc-italic">{caption}</figcaption> : null}
    </figure>
  );
}
