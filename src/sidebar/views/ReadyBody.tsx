/** The body of the sidebar once an article is found: notices, then the views (filled in by issue 6). */
import type { SidebarActions, SidebarState, ArticleInfo } from '../types';
import { LoadingState } from '../components/StateMessage';
import { AnalysisNotices } from '../components/AnalysisNotices';

interface Props {
  state: SidebarState;
  actions: SidebarActions;
  article: ArticleInfo;
}

export function ReadyBody({ state }: Props) {
  const { analysis } = state;
  return (
    <div class="gl-body">
      {analysis ? <AnalysisNotices analysis={analysis} /> : <LoadingState label="Finding names and quotes…" />}
    </div>
  );
}
