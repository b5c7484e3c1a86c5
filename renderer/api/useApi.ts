// react-query bindings over the typed client, keyed by channel + input.
import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChannelName, type InputOf, type OutputOf, touchesOf } from '../../shared/contract/channels';
import { type ApiError, call } from './client';
import { refreshGroups } from './refreshGroups';

/** A read's cache key and fetch: every query of a channel is keyed this way, so a write's refresh finds it. */
export function apiQuery<C extends ChannelName>(channel: C, input: InputOf<C>) {
  return { queryKey: [channel, input], queryFn: (): Promise<OutputOf<C>> => call(channel, input) };
}

export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
  options: Omit<UseQueryOptions<OutputOf<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<C>, ApiError>({ ...apiQuery(channel, input), ...options });
}

/**
 * A write; on success the cached reads of the query groups the contract says it touches are refetched (only
 * those: a new reason does not reread the calendar). Other PCs' writes arrive through useChangeFeed.
 */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => refreshGroups(client, touchesOf(channel)),
  });
}
