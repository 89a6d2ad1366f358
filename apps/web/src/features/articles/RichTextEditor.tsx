import { type Editor, EditorContent, generateHTML, generateJSON, useEditor } from '@tiptap/react';
import { Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './EditorToolbar';
import { articleExtensions } from './editor-extensions';
import { ImageDialog } from './ImageDialog';
import { LinkDialog } from './LinkDialog';

interface Props {
  id: string;
  /** HTML. Set from outside (a reload, the colleague's version) it replaces the content; typing never loops back. */
  value?: string;
  onChange?: (html: string) => void;
  /** The unit images are uploaded for. */
  unitId: number | null;
  /** The visible label's id: the editing area is named by it. */
  labelId: string;
  'aria-invalid'?: boolean;
}

/**
 * The article body in TipTap, as a form control (value / onChange of HTML): the toolbar above, the shortcuts
 * listed below it, Ctrl+K for a link, images uploaded first and described before they go in.
 */
export function RichTextEditor({ id, value = '', onChange, unitId, labelId, ...aria }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'link' | 'image' | null>(null);
  // The HTML this editor last reported: a value equal to it is the echo of typing, not a new content.
  const emitted = useRef(value);
  const change = useRef(onChange);
  change.current = onChange;
  const openLink = useRef(() => setDialog('link'));

  const editor = useEditor({
    extensions: articleExtensions(),
    content: value,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        id,
        class: 'rte-content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': `${id}-shortcuts`,
        'data-testid': 'rte-content',
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLink.current();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.getHTML();
      emitted.current = html;
      change.current?.(html);
    },
  });

  useEffect(() => {
    if (!editor || value === emitted.current) return;
    emitted.current = value;
    // A save's answer is the server's copy of what is on screen, written a little differently: keep the cursor.
    if (sameContent(editor, value)) return;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const invalid = aria['aria-invalid'];
  useEffect(() => {
    if (!editor) return;
    const mark = () => editor.view.dom.setAttribute('aria-invalid', invalid ? 'true' : 'false');
    // The view exists once EditorContent has mounted it ('create' follows): before that, `view.dom` throws.
    if (editor.isInitialized) mark();
    else {
      editor.on('create', mark);
      return () => {
        editor.off('create', mark);
      };
    }
  }, [editor, invalid]);

  if (!editor) return null;
  const close = () => {
    setDialog(null);
    editor.commands.focus();
  };

  return (
    <div className={invalid ? 'rte rte--invalid' : 'rte'}>
      <EditorToolbar
        editor={editor}
        controls={id}
        onLink={() => setDialog('link')}
        onImage={() => setDialog('image')}
      />
      <EditorContent editor={editor} />
      <Typography.Paragraph type="secondary" className="rte-shortcuts" id={`${id}-shortcuts`}>
        {t('articles.editor.shortcuts')}
      </Typography.Paragraph>
      {dialog === 'link' ? (
        <LinkDialog
          current={(editor.getAttributes('link').href as string | undefined) ?? null}
          onClose={close}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setDialog(null);
          }}
          onApply={(href) => {
            const { empty } = editor.state.selection;
            if (empty && !editor.isActive('link')) {
              // No text chosen: the address itself becomes the link's text.
              editor
                .chain()
                .focus()
                .insertContent({
                  type: 'text',
                  text: href.replace(/^mailto:/, ''),
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            } else {
              editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'image' ? (
        <ImageDialog
          unitId={unitId}
          onClose={close}
          onInsert={(image, alt) => {
            editor.chain().focus().setImage({ src: image.url, alt }).run();
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

/** True when `html` is what the editor holds, once read through the same schema. */
function sameContent(editor: Editor, html: string): boolean {
  // The configured list, not the editor's flattened one (StarterKit's parts would be registered twice).
  const extensions = articleExtensions();
  try {
    return generateHTML(generateJSON(html, extensions) as never, extensions) === editor.getHTML();
  } catch {
    return false;
  }
}

/** A body shown as it will read (the read-only view): the same schema, nothing editable. */
export function RichTextView({ html, label }: { html: string; label: string }) {
  const editor = useEditor({
    extensions: articleExtensions(),
    content: html,
    editable: false,
    editorProps: {
      attributes: { class: 'article-body', 'aria-label': label, 'data-testid': 'article-body-view' },
    },
  });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(html, { emitUpdate: false });
  }, [editor, html]);
  return <EditorContent editor={editor} />;
}
