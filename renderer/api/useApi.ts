// react-query bindings over the typed client, keyed by channel + input.
import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChannelName, type InputOf, type OutputOf, touchesOf } from '../../shared/contract/channels';
import { type ApiError, call } from './client';
import { refreshGroups } from './refreshGroups';

export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
  options: Omit<UseQueryOptions<OutputOf<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    ...options,
  });
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
