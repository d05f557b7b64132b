import type { StatusEvent } from '../../core/events';
import type { PresenterState } from '../../core/presenter';
import type { Language, Plan, Scene } from '../../core/scenario';
import type { CorridorState } from '../../core/state';
import type { Hud } from '../hud/hud';
import { focusBounds, focusedLegs } from '../map/focus';
import { sceneName } from '../map/scenes';
import { Tour } from '../map/tour';
import type { DisplayOptions } from '../options';
import type { Camera } from './camera';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

export interface DisplayEvents {
  /** The plan or the language changed: labels and vehicles follow. */
  planShown(plan: Plan, language: Language): void;
}

/**
 * What this screen shows of the plan that plays: the language, the scene (toured in a kiosk, cut
 * to on the plan's events, or chosen by the presenter), the presenter's focus, banner and layers.
 */
export class DisplayController {
  plan: Plan | undefined;
  language: Language = 'en';
  scene: string | null = null;
  scenesShown = 0;
  presenter: PresenterState | null = null;
  /** The legs the presenter focuses on; null: no focus. */
  focus: ReadonlySet<string> | null = null;
  emphasis: ReadonlySet<string> = new Set();
  private planLoads = -1;
  private state: CorridorState | undefined;
  private readonly tour: Tour | undefined;

  constructor(
    private readonly hud: Hud,
    private readonly camera: Camera,
    private readonly options: DisplayOptions,
    private readonly events: DisplayEvents,
  ) {
    const seconds = options.tourSeconds;
    this.tour = options.kiosk
      ? new Tour((scene) => this.goTo(scene), (seconds ?? 20) * 1000, seconds !== undefined)
      : undefined;
  }

  /** Once a frame, before drawing: takes in a new plan and what the presenter chose. */
  follow(state: CorridorState, planLoads: number): void {
    this.state = state;
    if (planLoads !== this.planLoads) {
      this.planLoads = planLoads;
      this.showPlan(state);
    }
    this.followPresenter(state.plan, state.presenter);
  }

  /** A status happened: the kiosk cuts to the scene the plan names for it. */
  status(event: StatusEvent): void {
    const cut = this.plan?.story.cuts.find(
      (c) => c.status === event.status && (c.hub === undefined || c.hub === event.hub),
    );
    if (cut) this.tour?.cutTo(cut.scene, cut.seconds * 1000);
  }

  goTo(id: string, instant = false): void {
    const scene = this.sceneOf(id);
    if (!scene) return;
    this.scene = scene.id;
    this.scenesShown++;
    this.camera.show(scene.area, instant, scene.projection ?? 'mercator');
    for (const button of byId('scenes').querySelectorAll('button'))
      button.setAttribute('aria-pressed', String(button.dataset.scene === scene.id));
  }

  private sceneOf(id: string | null): Scene | undefined {
    return this.plan?.story.scenes.find((s) => s.id === id);
  }

  private showPlan(state: CorridorState): void {
    const first = !this.plan;
    this.plan = state.plan;
    this.emphasis = new Set(state.plan.story.emphasis);
    this.presenter = null;
    this.setLanguage(state.presenter.language ?? this.options.language ?? state.plan.language);
    const kept = this.sceneOf(this.scene);
    // A live plan grows with its feeds: the view it shows follows, the tour does not start over.
    if (kept && !first) {
      this.tour?.follow(state.plan.story.tour);
      this.camera.show(kept.area, false, kept.projection ?? 'mercator');
    } else if (this.tour) this.tour.start(state.plan.story.tour);
    else
      this.goTo(this.sceneOf(this.options.scene ?? null)?.id ?? state.plan.story.scenes[0]?.id ?? '', true);
  }

  private setLanguage(language: Language): void {
    const state = this.state;
    if (!state) return;
    const plan = state.plan;
    this.language = language;
    this.hud.setPlan(plan, language, state);
    byId('scenes').replaceChildren(
      ...plan.story.scenes.map((scene) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.scene = scene.id;
        button.textContent = sceneName(scene, plan, this.hud.messages, this.hud.formats);
        button.setAttribute('aria-pressed', String(scene.id === this.scene));
        button.addEventListener('click', () => this.goTo(scene.id));
        return button;
      }),
    );
    this.events.planShown(plan, language);
  }

  private followPresenter(plan: Plan, presenter: PresenterState): void {
    if (presenter === this.presenter) return;
    const previous = this.presenter;
    this.presenter = presenter;
    const language = presenter.language ?? this.options.language ?? plan.language;
    if (language !== this.language) this.setLanguage(language);
    if (presenter.scene && presenter.sceneCount !== previous?.sceneCount) {
      // The presenter drives the room now: the kiosk tour steps aside.
      this.tour?.stop();
      this.goTo(presenter.scene);
    }
    const banner = byId('banner');
    banner.textContent = presenter.banner ?? '';
    banner.hidden = !presenter.banner;
    // By value: a page handed a snapshot per frame (an export) gets a new object each time.
    if (JSON.stringify(presenter.focus) !== JSON.stringify(previous?.focus)) {
      this.focus = focusedLegs(plan, presenter.focus);
      const area = this.focus && focusBounds(plan, this.focus);
      if (area) {
        this.tour?.stop();
        this.camera.show(area);
      } else {
        const scene = this.sceneOf(this.scene);
        if (scene) this.camera.show(scene.area, false, scene.projection ?? 'mercator');
      }
    }
  }
}
