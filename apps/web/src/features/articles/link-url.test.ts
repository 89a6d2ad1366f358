import { describe, expect, it } from 'vitest';
import { checkLinkUrl } from './link-url';

describe('checkLinkUrl', () => {
  it('takes http, https and mailto addresses as typed', () => {
    expect(checkLinkUrl(' https://thuvien.ninhbinh.gov.vn/tin?id=1 ')).toEqual({
      ok: true,
      url: 'https://thuvien.ninhbinh.gov.vn/tin?id=1',
    });
    expect(checkLinkUrl('http://localhost:3000/portal')).toEqual({
      ok: true,
      url: 'http://localhost:3000/portal',
    });
    expect(checkLinkUrl('mailto:lienhe@thuvien.vn')).toEqual({ ok: true, url: 'mailto:lienhe@thuvien.vn' });
    expect(checkLinkUrl('HTTPS://SACH.VN')).toEqual({ ok: true, url: 'HTTPS://SACH.VN' });
  });

  it('adds https:// to a bare host and mailto: to an e-mail address', () => {
    expect(checkLinkUrl('www.sachhay.vn/muc-luc')).toEqual({
      ok: true,
      url: 'https://www.sachhay.vn/muc-luc',
    });
    expect(checkLinkUrl('thư-viện.vn')).toEqual({ ok: true, url: 'https://thư-viện.vn' });
    expect(checkLinkUrl('ban.doc@thuvien.vn')).toEqual({ ok: true, url: 'mailto:ban.doc@thuvien.vn' });
  });

  it('refuses other schemes, script ones above all', () => {
    expect(checkLinkUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'scheme' });
    expect(checkLinkUrl('JavaScript:alert(1)')).toEqual({ ok: false, problem: 'scheme' });
    expect(checkLinkUrl('data:text/html,<b>x</b>')).toEqual({ ok: false, problem: 'scheme' });
    expect(checkLinkUrl('ftp://files.vn')).toEqual({ ok: false, problem: 'scheme' });
    expect(checkLinkUrl('tel:0912345678')).toEqual({ ok: false, problem: 'scheme' });
  });

  it('refuses what is not an address: empty, spaces or control characters inside, no host, a bad e-mail', () => {
    expect(checkLinkUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkLinkUrl(null)).toEqual({ ok: false, problem: 'empty' });
    expect(checkLinkUrl('java\tscript:alert(1)')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkLinkUrl('https://thu vien.vn')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkLinkUrl('https://')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkLinkUrl('mailto:khong-phai-email')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkLinkUrl('trang chủ')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkLinkUrl('/portal/news/1')).toEqual({ ok: false, problem: 'invalid' });
  });
});
