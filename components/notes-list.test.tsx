import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { Note } from '@/lib/notes/model';
import { NotesList, type NotesListProps } from './notes-list';
import { CardNotes } from './card-notes';

const notes: Note[] = [
  {
    id: 'a',
    text: 'Check the <b>figure</b>',
    tags: ['deal'],
    createdAt: 1,
    updatedAt: 1,
    target: {
      kind: 'claim',
      url: 'https://www.reuters.com/a',
      quote: 'up to $50 billion',
      prefix: '',
      suffix: '',
      verdict: 'supported',
      relation: 'investment',
    },
  },
  {
    id: 'b',
    text: 'Page thoughts',
    tags: ['later'],
    createdAt: 2,
    updatedAt: 5,
    target: { kind: 'page', url: 'https://www.reuters.com/a', title: 'Amazon & OpenAI' },
  },
  { id: 'c', text: 'On a fact', tags: [], createdAt: 3, updatedAt: 3, target: { kind: 'fact', factId: 'f1' } },
];

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(vnode: ComponentChild) {
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(vnode, host));
}

function props(over: Partial<NotesListProps> = {}): NotesListProps {
  return {
    notes,
    empty: 'None',
    label: 'Notes on this page',
    onSave: vi.fn(async () => {}),
    onDelete: vi.fn(),
    ...over,
  };
}

const items = () => Array.from(host.querySelectorAll('li.note'));
const button = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name)!;

const flush = () => new Promise((ok) => setTimeout(ok, 0));

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('NotesList', () => {
  it("shows each note's target and text as text, never markup", async () => {
    await mount(
      h(
        NotesList,
        props({
          factLabel: (id) => (id === 'f1' ? "Amazon's investment" : undefined),
          verdictNow: () => 'contradicted',
        }),
      ),
    );
    expect(items()).toHaveLength(3);
    expect(items()[0]!.textContent).toContain(
      'On the claim up to $50 billion (Supported when noted; now Contradicted)',
    );
    expect(items()[0]!.querySelector('b')).toBeNull();
    expect(items()[0]!.textContent).toContain('Check the <b>figure</b>');
    expect(items()[1]!.textContent).toContain('On the page Amazon & OpenAI');
    expect(items()[2]!.textContent).toContain("On the fact Amazon's investment");
  });

  it('searches text and tags; #tag only tags', async () => {
    await mount(h(NotesList, props()));
    const search = host.querySelector<HTMLInputElement>('input[type=search]')!;
    await type(search, 'page');
    expect(items().map((li) => li.getAttribute('data-note-id'))).toEqual(['b']);
    await type(search, '#dea');
    expect(items().map((li) => li.getAttribute('data-note-id'))).toEqual(['a']);
    await type(search, 'zzz');
    expect(items()).toHaveLength(0);
    expect(host.textContent).toContain('No note matches');
  });

  it('edits a note; a failed save keeps the text and shows why', async () => {
    const onSave = vi
      .fn()
      .mockRejectedValueOnce(new Error('Your browser has no room left for DealLens notes'))
      .mockResolvedValue(undefined);
    await mount(h(NotesList, props({ onSave })));
    await act(() => button(items()[1]!, 'Edit').click());
    const area = items()[1]!.querySelector('textarea')!;
    expect(area.value).toBe('Page thoughts');
    await type(area, 'Edited thoughts');
    await act(async () => {
      button(items()[1]!, 'Save changes').click();
      await flush();
    });
    expect(onSave).toHaveBeenLastCalledWith(notes[1], 'Edited thoughts', ['later'], 5);
    expect(items()[1]!.querySelector('[role=alert]')?.textContent).toMatch(/no room left/);
    expect(items()[1]!.querySelector('textarea')!.value).toBe('Edited thoughts');
    await act(async () => {
      button(items()[1]!, 'Save changes').click();
      await flush();
    });
    expect(items()[1]!.querySelector('textarea')).toBeNull();
  });

  it('delete and go-to-claim call back with the note', async () => {
    const onDelete = vi.fn();
    const go = vi.fn();
    await mount(h(NotesList, props({ onDelete, goTo: (n) => (n.target.kind === 'claim' ? go : undefined) })));
    expect(items().map((li) => !!button(li, 'Go to claim'))).toEqual([true, false, false]);
    await act(() => button(items()[0]!, 'Go to claim').click());
    expect(go).toHaveBeenCalledOnce();
    await act(() => button(items()[2]!, 'Delete').click());
    expect(onDelete).toHaveBeenCalledWith(notes[2]);
  });
});

describe('CardNotes', () => {
  it('adds a note with tags and says so; an empty note is not sent', async () => {
    const onAdd = vi.fn(async () => {});
    await mount(h(CardNotes, { count: 0, onAdd, draftKey: 'claim one' }));
    await act(() => button(host, 'Add note').click());
    await act(async () => {
      button(host, 'Save note').click();
      await flush();
    });
    expect(onAdd).not.toHaveBeenCalled();
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(/Write something/);
    await type(host.querySelector('textarea')!, 'A thought');
    await type(host.querySelector<HTMLInputElement>('input[type=text]')!, 'a, #b, A');
    await act(async () => {
      button(host, 'Save note').click();
      await flush();
    });
    expect(onAdd).toHaveBeenCalledWith('A thought', ['a', 'b']);
    expect(host.textContent).toContain('Note saved.');
    expect(host.querySelector('textarea')).toBeNull();
  });

  it('keeps an unsaved note when the card closes, and gives it back when it opens again', async () => {
    const onAdd = vi.fn(async () => {});
    await mount(h(CardNotes, { count: 1, onAdd, draftKey: 'claim two' }));
    await act(() => button(host, 'Add note').click());
    await type(host.querySelector('textarea')!, 'Half-written');
    await type(host.querySelector<HTMLInputElement>('input[type=text]')!, 'draft');
    await act(() => render(null, host));
    await act(() => render(h(CardNotes, { count: 1, onAdd, draftKey: 'claim two' }), host));
    expect(host.querySelector('textarea')!.value).toBe('Half-written');
    expect(host.querySelector<HTMLInputElement>('input[type=text]')!.value).toBe('draft');
    await act(() => button(host, 'Cancel').click());
    await act(() => render(null, host));
    await act(() => render(h(CardNotes, { count: 1, onAdd, draftKey: 'claim two' }), host));
    expect(host.querySelector('textarea')).toBeNull();
    expect(host.textContent).toContain('1 note on this claim');
  });
});
