import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeExternalUrl, trustedHtml } from './html';

describe('html', () => {
  it('escapes every interpolated value by default', () => {
    const title = '<script>alert("x")</script> & \'quotes\'';
    expect(html`<h1 title="${title}">${title}</h1>`.value).toBe(
      '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</h1>',
    );
  });

  it('keeps nested templates and trusted markup as they are, and renders arrays item by item', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${trustedHtml('<svg></svg>')}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul><svg></svg>',
    );
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${0}${12}`.value).toBe('012');
  });

  it('escapes the backtick too', () => {
    expect(escapeHtml('`')).toBe('&#96;');
  });
});

describe('safeExternalUrl', () => {
  it('lets http and https through and refuses any other scheme', () => {
    expect(safeExternalUrl('https://thuvien.vn/a?b=1')).toBe('https://thuvien.vn/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,hi')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });
});
