import '@fontsource/inter/400.css';
import './control.css';
import { LAYER_IDS } from '../../core/presenter';
import { CONTROL_NAMESPACE, type ControlClientToServer, PRESENTER_RATES } from '../../core/protocol';
import { LANGUAGES } from '../../core/scenario/schema';
import { Formats } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { connectLive } from '../live/connection';
import { LiveState } from '../live/live-state';
import { sceneName } from '../map/scenes';
import { bindKeys, Commands, type ControlSocket } from './commands';
import { buildPanels, reflect } from './panels';
import { bindPressKit } from './press-kit';

const TOKEN_KEY = 'corridor.control-token';
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function showError(message: string) {
  const error = byId('error');
  error.textContent = message;
  error.hidden = false;
  setTimeout(() => {
    error.hidden = true;
  }, 6000);
}

function start(token: string): ControlSocket {
  const live = new LiveState();
  const connection = connectLive<ControlClientToServer>(
    live,
    (state) => {
      byId('link').textContent =
        state === 'live' ? 'Connected' : state === 'reconnecting' ? 'Reconnecting…' : 'Connecting…';
    },
    CONTROL_NAMESPACE,
    { token },
  );
  const socket = connection.socket;
  socket.on('connect_error', (error) => {
    if (!/unauthorized/.test(error.message)) return;
    socket.disconnect();
    sessionStorage.removeItem(TOKEN_KEY);
    byId('console').hidden = true;
    byId('sign-in').hidden = false;
    const message = byId('sign-in-error');
    message.textContent = 'Wrong control token.';
    message.hidden = false;
  });
  socket.on('connect', () => {
    // Kept for this tab only: never in a URL, never where a display could read it.
    sessionStorage.setItem(TOKEN_KEY, (socket.auth as { token: string }).token);
    byId('sign-in').hidden = true;
    byId('console').hidden = false;
  });

  const commands = new Commands(socket, showError, () => ({
    scene: live.state?.presenter.scene ?? null,
    sceneCount: live.state?.presenter.sceneCount ?? 0,
  }));
  bindKeys(window, commands, () => ({
    paused: live.state?.clock.paused ?? true,
    scenes: live.state?.plan.story.scenes.map((scene) => scene.id) ?? [],
  }));
  let planLoads = -1;
  const f = new Formats('en');
  const frame = () => {
    requestAnimationFrame(frame);
    const state = live.state;
    if (!state) return;
    if (planLoads !== live.planLoads) {
      planLoads = live.planLoads;
      buildPanels(state.plan, commands, {
        rates: PRESENTER_RATES,
        scenes: state.plan.story.scenes.map((scene) => ({
          id: scene.id,
          name: sceneName(scene, state.plan, MESSAGES.en, f),
        })),
        languages: LANGUAGES,
        layers: LAYER_IDS,
        formats: f,
      });
      bindPressKit(
        () => signedInWith,
        () => live.state?.plan,
      );
    }
    reflect(state, live.scenarioTime(connection.clock.serverNow()), f);
  };
  requestAnimationFrame(frame);
  return socket;
}

// One connection per page: signing in again after a refusal retries it with the new token.
let socket: ControlSocket | undefined;
/** The token the page signed in with last: the press kit's requests carry it as a bearer. */
let signedInWith = '';
function signIn(token: string) {
  signedInWith = token;
  byId('sign-in-error').hidden = true;
  if (!socket) socket = start(token);
  else {
    socket.auth = { token };
    socket.connect();
  }
}
byId('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  signIn(byId<HTMLInputElement>('token').value);
});
const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) signIn(saved);
