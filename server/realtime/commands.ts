import type { PresenterChange } from '../../core/presenter';
import type { Corridor } from '../corridor';
import type { ScenarioPlayer } from '../sources/scenario-player';

/** A presenter's command, checked: what the node that plays the scenario carries out. */
export type Command =
  | { name: 'clock:play' | 'clock:pause' | 'clock:live' }
  | { name: 'clock:rate'; value: number }
  | { name: 'clock:seek'; value: number }
  | { name: 'clock:step'; value: 1 | -1 }
  | { name: 'presenter:change'; value: PresenterChange };

/** Where a checked command goes: to the player here, or in a cluster to the shared log. */
export type CommandSink = (command: Command) => void | Promise<void>;

/** Carries out a command on this node's player and log. */
export function runCommand(player: ScenarioPlayer, corridor: Corridor, command: Command): void {
  switch (command.name) {
    case 'clock:play':
      player.play();
      break;
    case 'clock:pause':
      player.pause();
      break;
    case 'clock:live':
      player.backToLive();
      break;
    case 'clock:rate':
      player.setRate(command.value);
      break;
    case 'clock:seek':
      player.seek(command.value);
      break;
    case 'clock:step':
      player.step(command.value);
      break;
    case 'presenter:change':
      corridor.append({ type: 'presenter', change: command.value });
  }
}
