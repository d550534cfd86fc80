import type { UseQueryResult } from '@tanstack/react-query';
import type { Profile } from '../data/profileSchema';
import { ProfileSections } from './ProfileContent';

/** A country's narrative profile as its query stands: loading, failed with Retry, or its sections. */
export function ProfileNarrative({
  profile,
  name,
  headingId,
}: {
  profile: UseQueryResult<Profile>;
  name: string;
  headingId: string;
}) {
  return (
    <>
      {profile.isLoading && <p role="status">Loading the profile…</p>}
      {profile.isError && (
        <div role="alert" className="error-box">
          <p>
            The narrative profile of {name} could not be loaded: {profile.error.message}
          </p>
          <button type="button" onClick={() => profile.refetch()}>
            Retry
          </button>
        </div>
      )}
      {profile.data && <ProfileSections sections={profile.data.sections} headingId={headingId} />}
    </>
  );
}
