import { describe, expect, it } from 'vitest';
import { sanitizeArticleBody, textOfSanitized } from './sanitize-article';

/**
 * What must never be left in a stored body, whatever was sent. The output quotes every attribute value with
 * `"` and escapes `"` inside, so blanking the values leaves only the markup to look at (a title may say
 * "onclick=" as text).
 */
function expectHarmless(html: string) {
  const markup = html.replace(/="[^"]*"/g, '=""');
  expect(markup).not.toMatch(/<\s*(script|style|iframe|object|embed|form|svg|math|link|meta|base|input)\b/i);
  expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
  expect(markup).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/\s(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
  expect(html.toLowerCase()).not.toContain('javascript:');
  expect(html.toLowerCase()).not.toContain('data:text');
}

const MEDIA = '/media/0b7c1d6e-3f4a-4b5c-8d9e-0a1b2c3d4e5f';

describe('sanitizeArticleBody', () => {
  const payloads: [string, string][] = [
    ['a script', '<p>Tin</p><script>alert(1)</script>'],
    ['a script in capitals', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
    ['a script split across tags', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
    ['an unclosed script', '<p>a</p><script>alert(1)'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['an image with onerror and a good src', `<img src="${MEDIA}" onerror="alert(1)">`],
    ['an svg with onload', '<svg onload=alert(1)><circle r=4 /></svg>'],
    ['an svg with a script inside', '<svg><script>alert(1)</script></svg>'],
    ['a javascript: link', '<a href="javascript:alert(1)">bấm</a>'],
    ['a JavaScript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">bấm</a>'],
    ['a javascript: link with a tab', '<a href="java\tscript:alert(1)">bấm</a>'],
    ['a javascript: link with a newline entity', '<a href="java&#10;script:alert(1)">bấm</a>'],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    ],
    ['a hex-entity javascript: link', '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>'],
    ['a named-entity colon', '<a href="javascript&colon;alert(1)">x</a>'],
    ['a javascript: link with leading spaces', '<a href="  javascript:alert(1)">x</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
    ['a data: image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
    ['a javascript: image', '<img src="javascript:alert(1)">'],
    ['a style expression', '<p style="width: expression(alert(1))">x</p>'],
    ['a style with a url', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['a style element', '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['an object', '<object data="javascript:alert(1)"></object>'],
    ['an embed', '<embed src="https://evil.example/x.swf">'],
    ['a form', '<form action="https://evil.example"><input name=x><button>Gửi</button></form>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['a base tag', '<base href="https://evil.example/">'],
    ['a link to a stylesheet', '<link rel=stylesheet href="https://evil.example/x.css">'],
    ['a body onload', '<body onload=alert(1)><p>x</p></body>'],
    ['an onclick on a paragraph', '<p onclick="alert(1)">x</p>'],
    ['an onmouseover without quotes', '<a href="/portal" onmouseover=alert(1)>x</a>'],
    ['a details ontoggle', '<details open ontoggle=alert(1)>x</details>'],
    ['a math element', '<math><mtext><script>alert(1)</script></mtext></math>'],
    ['a noscript escape', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['a comment escape', '<!--<img src="--><img src=x onerror=alert(1)//">'],
    ['a textarea escape', '<textarea></textarea><script>alert(1)</script></textarea>'],
    ['a CDATA section', '<![CDATA[<script>alert(1)</script>]]>'],
    ['an attribute breaking out of quotes', '<a href="/a" title="x&quot; onclick=&quot;alert(1)">x</a>'],
    ['a srcset with javascript:', `<img src="${MEDIA}" srcset="javascript:alert(1) 1x">`],
    ['a formaction', '<button formaction="javascript:alert(1)">x</button>'],
    ['an xlink href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['a nested unclosed mess', '<p><b><i><a href="javascript:alert(1)"><img src=x onerror=alert(1)></i></p>'],
  ];

  it.each(payloads)('leaves nothing that runs from %s', (_name, dirty) => {
    const { html } = sanitizeArticleBody(dirty);
    expectHarmless(html);
  });

  it('names what it removed: tags, handler attributes, styles and unsafe URLs, once each, sorted', () => {
    const { html, removed } = sanitizeArticleBody(
      '<p style="color:red" onclick="x()">Xin chào</p><script>alert(1)</script><script>alert(2)</script>' +
        `<img src="${MEDIA}" onerror="alert(1)" alt="Ảnh"><a href="javascript:alert(1)">bấm</a>` +
        '<img src="data:image/png;base64,AAAA">',
    );
    expect(removed).toEqual(['<script>', 'data: URL', 'javascript: URL', 'onclick', 'onerror', 'style']);
    expect(html).toBe(
      `<p>Xin chào</p><img src="${MEDIA}" alt="Ảnh" /><a rel="noopener noreferrer nofollow">bấm</a>`,
    );
  });

  it('drops a script, a style and an iframe with their content, and other tags keeping their text', () => {
    const { html, removed } = sanitizeArticleBody(
      '<div><span>Giữ chữ</span></div><script>bí mật()</script><style>.x{}</style><iframe>khung</iframe>',
    );
    expect(html).toBe('Giữ chữ');
    expect(removed).toEqual(['<div>', '<iframe>', '<script>', '<span>', '<style>']);
  });

  it('keeps news markup and Vietnamese text exactly', () => {
    const body = [
      '<h2>Ngày hội đọc sách 23/4</h2>',
      '<p>Thư viện tỉnh tổ chức <strong>Ngày Sách</strong> và <em>Văn hóa đọc</em> với <u>hơn 1.200</u> lượt bạn đọc; <s>hủy</s> <b>đậm</b> <i>nghiêng</i>.<br />Dòng mới.</p>',
      '<h3>Chương trình</h3><h4>Buổi sáng</h4>',
      '<ul><li>Đọc sách cùng bé</li><li>Triển lãm “Sách quý”</li></ul>',
      '<ol start="3"><li>Thứ ba</li></ol>',
      '<blockquote>Đọc sách là nếp sống.</blockquote>',
      `<figure><img src="${MEDIA}" alt="Bạn đọc nhỏ tuổi" width="800" height="600" /><figcaption>Ảnh: Thư viện tỉnh</figcaption></figure>`,
      '<figure><img src="https://anh.example.vn/a.jpg" alt="Ảnh ngoài" /></figure>',
      '<table><thead><tr><th scope="col">Xã</th><th>Lượt</th></tr></thead><tbody><tr><td>An Bình</td><td colspan="2">120</td></tr></tbody></table>',
      '<hr /><pre><code>a &lt; b &amp;&amp; c</code></pre>',
      '<p><a href="https://sach.example.vn/?a=1&amp;b=2" rel="noopener noreferrer nofollow">Trang sách</a> · <a href="/portal/days/world_book_day" rel="noopener noreferrer nofollow">Ngày 23/4</a> · <a href="mailto:thuvien@example.vn" rel="noopener noreferrer nofollow">thư</a></p>',
    ].join('');
    const { html, removed } = sanitizeArticleBody(body);
    expect(removed).toEqual([]);
    expect(html).toBe(body);
  });

  it('forces rel on every link and keeps target only when it is _blank', () => {
    const { html, removed } = sanitizeArticleBody(
      '<a href="https://a.example" target="_blank" rel="opener">a</a><a href="https://b.example" target="_top">b</a>',
    );
    expect(html).toBe(
      '<a href="https://a.example" target="_blank" rel="noopener noreferrer nofollow">a</a>' +
        '<a href="https://b.example" rel="noopener noreferrer nofollow">b</a>',
    );
    expect(removed).toEqual([]);
  });

  it('accepts images only from /media/{uuid} or https, dropping any other image whole', () => {
    const { html, removed } = sanitizeArticleBody(
      '<img src="http://anh.example/a.jpg" alt="a"><img src="/uploads/a.jpg" alt="b"><img src="//cdn.example/c.jpg" alt="c"><img alt="d">',
    );
    expect(html).toBe('');
    expect(removed).toEqual(['http: URL', 'src']);
  });

  it('drops sizes that are not numbers and table attributes it does not know', () => {
    const { html, removed } = sanitizeArticleBody(
      `<img src="${MEDIA}" alt="" width="100%" height="50"><table><tr><td colspan="x" class="c" id="k">1</td></tr></table>`,
    );
    expect(html).toBe(`<img src="${MEDIA}" alt="" height="50" /><table><tr><td>1</td></tr></table>`);
    expect(removed).toEqual(['class', 'colspan', 'id', 'width']);
  });

  it('escapes text that looks like markup instead of keeping it', () => {
    const { html } = sanitizeArticleBody('<p>1 &lt; 2 &amp; "trích dẫn" &lt;script&gt;</p>');
    expect(html).toBe('<p>1 &lt; 2 &amp; "trích dẫn" &lt;script&gt;</p>');
    expectHarmless(html);
  });

  it('is stable: cleaning a clean body changes nothing', () => {
    for (const [, dirty] of payloads) {
      const once = sanitizeArticleBody(dirty).html;
      expect(sanitizeArticleBody(once)).toEqual({ html: once, removed: [] });
    }
  });
});

describe('textOfSanitized', () => {
  it('reads the text of a clean body with spaces between blocks and entities decoded', () => {
    const { html } = sanitizeArticleBody(
      '<h2>Sách</h2><p>Đọc &amp; học &lt;mỗi ngày&gt;</p><ul><li>Một</li></ul>',
    );
    expect(textOfSanitized(html)).toBe('Sách Đọc & học <mỗi ngày> Một');
  });
});
