import type { Plan } from '../../core/scenario';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The responsive iframe a news article pastes: 16:9, never under 240 pixels high. */
export function embedSnippet(origin: string, plan: Plan): string {
  const title = plan.title.en.replaceAll('"', '&quot;');
  return `<div style="position:relative;width:100%;aspect-ratio:16/9;min-height:240px"><iframe src="${origin}/?embed=1" title="${title}" style="position:absolute;inset:0;width:100%;height:100%;border:0" loading="lazy" allowfullscreen></iframe></div>`;
}

interface Job {
  id: string;
  state: 'rendering' | 'done' | 'failed';
  done: number;
  total: number;
  secondsLeft: number | null;
  file: string;
  error?: string;
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/**
 * The press kit on the presenter's page: a still of what the screens show now, a clip of the
 * last minutes, each rendered by the server and downloaded here (the token is sent as a bearer,
 * never in a URL); where the server cannot render, the command that does it elsewhere.
 */
export function bindPressKit(token: () => string, plan: () => Plan | undefined): void {
  const status = byId('export-status');
  const command = byId('export-command');
  const say = (text: string, commandLine = '') => {
    status.textContent = text;
    command.textContent = commandLine;
    command.hidden = !commandLine;
  };
  const call = (path: string, init: RequestInit = {}) =>
    fetch(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${token()}` } });

  const follow = async (job: Job): Promise<void> => {
    while (job.state === 'rendering') {
      const left = job.secondsLeft === null ? '' : ` · ${clock(job.secondsLeft)} left`;
      say(`Rendering ${job.file}: ${job.done}/${job.total} frames${left}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      job = await (await call(`/api/v1/exports/${job.id}`)).json();
    }
    if (job.state === 'failed') return say(`Export failed: ${job.error}`);
    const blob = await (await call(`/api/v1/exports/${job.id}/file`)).blob();
    const link = byId<HTMLAnchorElement>('export-download');
    URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(blob);
    link.download = job.file;
    link.textContent = `Download ${job.file} (${(blob.size / 1e6).toFixed(1)} MB)`;
    link.hidden = false;
    say(`${job.file} is ready.`);
  };

  const ask = async (body: Record<string, unknown>) => {
    byId('export-download').hidden = true;
    say('Asking the server…');
    const response = await call('/api/v1/exports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, size: byId<HTMLSelectElement>('export-size').value || undefined }),
    });
    const answer = await response.json();
    if (response.status === 503)
      return say(`${answer.error}. Run this where Chromium is installed:`, answer.command);
    if (!response.ok) return say(answer.error);
    await follow(answer);
  };
  byId('export-still').onclick = () => ask({ kind: 'still' });
  byId('export-clip').onclick = () =>
    ask({ kind: 'video', minutes: Number(byId<HTMLInputElement>('clip-minutes').value) || 60 });
  byId('embed-copy').onclick = () => navigator.clipboard?.writeText(byId('embed-snippet').textContent ?? '');
  const current = plan();
  if (current) byId('embed-snippet').textContent = embedSnippet(location.origin, current);
}
