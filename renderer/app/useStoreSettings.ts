// The store's settings (time zone, phone region…) for display; cached, refreshed when they change.
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import { useApiQuery } from '../api/useApi';

export function useStoreSettings(): Settings {
  return useApiQuery('settings.get', {}, { staleTime: 60_000 }).data ?? DEFAULT_SETTINGS;
}
