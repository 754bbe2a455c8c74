import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { useTrainers } from './hooks';

export interface TrainerChoice {
  options: { value: string; label: string }[];
  /** Preselected: the signed-in trainer himself. */
  initial: string | null;
  /** Whether the choice is fixed (a trainer opens his own classes). */
  fixed: boolean;
  hint: string | null;
}

/** Whom a class may be given to: a trainer opens his own classes; the administrator and the head choose a trainer. */
export function useTrainerChoice(): TrainerChoice {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const isTrainer = user.role === 'trainer';
  const trainers = useTrainers(!isTrainer);
  if (isTrainer) {
    return { options: [{ value: String(user.id), label: user.fullName }], initial: String(user.id), fixed: true, hint: t('training.form.trainerSelf') };
  }
  const options = (trainers.data?.trainers ?? []).map((u) => ({ value: String(u.id), label: u.fullName }));
  return { options, initial: null, fixed: false, hint: trainers.data && options.length === 0 ? t('training.form.noTrainerAccounts') : null };
}
