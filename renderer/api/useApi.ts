// react-query bindings over the typed client, keyed by channel + input.
import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract/channels';
import { type ApiError, call } from './client';

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

/** A write; on success every cached read is refetched, so lists never show stale calendars. */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const client = useQueryClient();
  return useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
