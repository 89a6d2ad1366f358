import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { type Editor, useEditorState } from '@tiptap/react';
import { Button, Tooltip } from 'antd';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  /** The id of the editing area the toolbar controls. */
  controls: string;
}

interface Tool {
  key: string;
  icon: ReactNode;
  /** Shown after the name in the tooltip; the accessible name stays the plain word. */
  shortcut: string;
  run: () => void;
  /** A mark or block that is on at the cursor: aria-pressed. Undefined for commands (undo, image). */
  pressed?: boolean;
  disabled?: boolean;
  /** Starts a group: a separator is drawn before it. */
  group?: boolean;
}

const Glyph = ({ children }: { children: string }) => (
  <span className="rte-glyph" aria-hidden>
    {children}
  </span>
);

/**
 * The body's formatting buttons as one ARIA toolbar: a single Tab stop, the arrow keys (and Home, End) move between
 * buttons, each button is named in words and says whether its format is on (aria-pressed). The editor's own
 * keyboard shortcuts do the same and are listed in each tooltip.
 */
export function EditorToolbar({ editor, onLink, onImage, controls }: Props) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    {
      key: 'bold',
      icon: <BoldOutlined />,
      shortcut: 'Ctrl+B',
      run: () => chain().toggleBold().run(),
      pressed: state.bold,
    },
    {
      key: 'italic',
      icon: <ItalicOutlined />,
      shortcut: 'Ctrl+I',
      run: () => chain().toggleItalic().run(),
      pressed: state.italic,
    },
    {
      key: 'underline',
      icon: <UnderlineOutlined />,
      shortcut: 'Ctrl+U',
      run: () => chain().toggleUnderline().run(),
      pressed: state.underline,
    },
    {
      key: 'heading2',
      icon: <Glyph>H2</Glyph>,
      shortcut: 'Ctrl+Alt+2',
      run: () => chain().toggleHeading({ level: 2 }).run(),
      pressed: state.h2,
      group: true,
    },
    {
      key: 'heading3',
      icon: <Glyph>H3</Glyph>,
      shortcut: 'Ctrl+Alt+3',
      run: () => chain().toggleHeading({ level: 3 }).run(),
      pressed: state.h3,
    },
    {
      key: 'bulletList',
      icon: <UnorderedListOutlined />,
      shortcut: 'Ctrl+Shift+8',
      run: () => chain().toggleBulletList().run(),
      pressed: state.bullet,
      group: true,
    },
    {
      key: 'orderedList',
      icon: <OrderedListOutlined />,
      shortcut: 'Ctrl+Shift+7',
      run: () => chain().toggleOrderedList().run(),
      pressed: state.ordered,
    },
    {
      key: 'blockquote',
      icon: <Glyph>“”</Glyph>,
      shortcut: 'Ctrl+Shift+B',
      run: () => chain().toggleBlockquote().run(),
      pressed: state.quote,
    },
    {
      key: 'link',
      icon: <LinkOutlined />,
      shortcut: 'Ctrl+K',
      run: onLink,
      pressed: state.link,
      group: true,
    },
    { key: 'image', icon: <PictureOutlined />, shortcut: '', run: onImage },
    {
      key: 'undo',
      icon: <UndoOutlined />,
      shortcut: 'Ctrl+Z',
      run: () => chain().undo().run(),
      disabled: !state.canUndo,
      group: true,
    },
    {
      key: 'redo',
      icon: <RedoOutlined />,
      shortcut: 'Ctrl+Shift+Z',
      run: () => chain().redo().run(),
      disabled: !state.canRedo,
    },
  ];

  // Roving tab stop: the toolbar is one Tab stop; it remembers the last button used.
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const enabled = tools.map((tool, i) => (tool.disabled ? -1 : i)).filter((i) => i >= 0);
  const active = enabled.includes(current) ? current : (enabled[0] ?? 0);
  const move = (to: number) => {
    setCurrent(to);
    buttons.current[to]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = enabled.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? enabled[(at + 1) % enabled.length]
        : e.key === 'ArrowLeft'
          ? enabled[(at - 1 + enabled.length) % enabled.length]
          : e.key === 'Home'
            ? enabled[0]
            : e.key === 'End'
              ? enabled[enabled.length - 1]
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    move(next);
  };

  return (
    <div
      role="toolbar"
      aria-label={t('articles.editor.toolbar')}
      aria-controls={controls}
      className="rte-toolbar"
      onKeyDown={onKeyDown}
      data-testid="rte-toolbar"
    >
      {tools.map((tool, i) => {
        const name = t(`articles.editor.${tool.key}`);
        return (
          <span
            key={tool.key}
            className={tool.group ? 'rte-toolbar__item rte-toolbar__item--group' : 'rte-toolbar__item'}
          >
            <Tooltip title={tool.shortcut ? `${name} (${tool.shortcut})` : name}>
              <Button
                ref={(el) => {
                  buttons.current[i] = el as HTMLButtonElement | null;
                }}
                type={tool.pressed ? 'primary' : 'text'}
                ghost={tool.pressed}
                icon={tool.icon}
                aria-label={name}
                aria-pressed={tool.pressed}
                aria-keyshortcuts={tool.shortcut ? tool.shortcut.replace('Ctrl', 'Control') : undefined}
                tabIndex={i === active ? 0 : -1}
                disabled={tool.disabled}
                onFocus={() => setCurrent(i)}
                // The editor keeps its selection: a mouse press must not take the focus from it first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={tool.run}
                data-testid={`rte-${tool.key}`}
              />
            </Tooltip>
          </span>
        );
      })}
    </div>
  );
}
