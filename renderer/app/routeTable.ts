// What a route in the signed-in frame is, and which of them a role sees: a screen is visible exactly when
// its channel's access rule in the contract lets the role call it.
import type { ComponentType } from 'react';
import { type ChannelName, contract } from '../../shared/contract/channels';
import type { EmployeeDto } from '../../shared/contract/dto';
import type { Role } from '../../shared/domain/vocab';

export interface ScreenProps {
  me: EmployeeDto;
}

export interface ScreenRoute {
  /** The screen's address, e.g. '/log'. */
  path: string;
  /** Its name in the navigation. */
  label: string;
  /** The function key that opens it from anywhere in the frame; none for a screen reached from another. */
  shortcut?: `F${number}`;
  /** Not in the navigation: a screen opened from another (a walkout's story from Search). */
  hidden?: boolean;
  /** The channel the screen exists for: who may call it may see the screen. */
  channel: ChannelName;
  screen: ComponentType<ScreenProps>;
  /** The screen has pages of its own under its path (path/*). */
  nested?: boolean;
}

/** May this role call the channel? The same rule the router applies. */
export function mayUse(channel: ChannelName, role: Role): boolean {
  const access = contract[channel].access;
  return access === 'public' || access.includes(role);
}

/** The routes a role sees, in the table's order: its navigation, its shortcuts and its routes. */
export function visibleRoutes<R extends Pick<ScreenRoute, 'channel'>>(table: readonly R[], role: Role): R[] {
  return table.filter((route) => mayUse(route.channel, role));
}

/** The routes a role's navigation lists: those it sees, less the ones opened from another screen. */
export function navigationOf<R extends Pick<ScreenRoute, 'hidden'>>(visible: readonly R[]): R[] {
  return visible.filter((route) => !route.hidden);
}

/** The visible route a function key opens, if any. */
export function routeForKey<R extends Pick<ScreenRoute, 'shortcut'>>(visible: readonly R[], key: string) {
  return visible.find((route) => route.shortcut === key);
}
