import { Image } from '@tiptap/extension-image';
import { StarterKit } from '@tiptap/starter-kit';
import { checkLinkUrl } from './link-url';

/**
 * What the article body may hold, the same in the editor and the read-only view: paragraphs, headings 2 and 3 (the
 * page's title is the h1), bold, italic, underline, lists, quotations, links (http, https, mailto) and images
 * uploaded to /media. Code, strikethrough and rules are left out: the toolbar offers none and the portal's style
 * has none. The server sanitises again whatever arrives.
 */
export function articleExtensions() {
  const allowed = (url: string) => checkLinkUrl(url).ok;
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => allowed(url),
        shouldAutoLink: (url) => allowed(url),
      },
    }),
    Image.configure({ inline: false, allowBase64: false }),
  ];
}
