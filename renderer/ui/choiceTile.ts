// A choice people click anywhere on (an outcome, a reason, a message kind, who signs in, which backup): a
// bordered box round its radio or tick box, marked when chosen. Each screen adds its own layout and padding,
// and `ownChosen` for anything more it marks on the chosen one.
import tile from './ChoiceTile.module.css';

export function choiceTile(own: string, chosen: boolean, ownChosen?: string): string {
  return chosen
    ? `${tile.tile} ${own} ${tile.chosen}${ownChosen ? ` ${ownChosen}` : ''}`
    : `${tile.tile} ${own}`;
}
