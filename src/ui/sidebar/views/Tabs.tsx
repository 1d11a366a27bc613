/**
 * The view tabs (ARIA tabs pattern): one tab stop, arrow keys / Home / End move between tabs
 * and select them, each tab controls the one tab panel below.
 */
import type { TargetedKeyboardEvent } from 'preact';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  count: number;
}

interface Props<K extends string> {
  tabs: ReadonlyArray<TabDef<K>>;
  selected: K;
  panelId: string;
  onSelect(key: K): void;
}

export function tabId(key: string): string {
  return `gl-tab-${key}`;
}

export function Tabs<K extends string>({ tabs, selected, panelId, onSelect }: Props<K>) {
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.key === selected);
    let j = -1;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabs.length - 1;
    const t = tabs[j];
    if (!t) return;
    e.preventDefault();
    onSelect(t.key);
    const list = e.currentTarget;
    // Focus after Preact re-renders the tab's tabIndex.
    queueMicrotask(() => list.querySelector<HTMLElement>(`#${tabId(t.key)}`)?.focus());
  };
  return (
    <div class="gl-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.key}
          type="button"
          role="tab"
          id={tabId(t.key)}
          class="gl-tab"
          data-view={t.key}
          aria-selected={t.key === selected ? 'true' : 'false'}
          aria-controls={panelId}
          tabIndex={t.key === selected ? 0 : -1}
          onClick={() => onSelect(t.key)}
        >
          {t.label} <span class="gl-tab-count">{t.count}</span>
        </button>
      ))}
    </div>
  );
}
