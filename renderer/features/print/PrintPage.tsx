import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { Link } from '../../router/Link';
import classes from './print.module.css';
import { dateParts, placeName } from './print-text';

/**
 * A printable page drawn over the app (so the shell's menu never reaches the paper): a toolbar on screen, and
 * one A4 sheet that is all the printer sees.
 */
export function PrintPage({
  backTo,
  backLabel,
  other,
  actions,
  children,
}: {
  backTo: string;
  /** What the way back is called; the profile by default. */
  backLabel?: string;
  other?: { to: string; label: string };
  /** More buttons beside "In" (the report's "Lưu PDF" in the desktop app). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return createPortal(
    <div className={classes.overlay}>
      <div className={classes.toolbar}>
        <Group gap="md">
          <Link to={backTo} size="sm">
            ← {backLabel ?? t('print.back')}
          </Link>
          {other && (
            <Link to={other.to} size="sm">
              {other.label}
            </Link>
          )}
          <Text size="sm" c="dimmed">
            {t('print.hint')}
          </Text>
        </Group>
        <Group gap="sm">
          {actions}
          <Button onClick={() => window.print()}>{t('print.print')}</Button>
        </Group>
      </div>
      <article className={classes.sheet}>{children}</article>
    </div>,
    document.body,
  );
}

/** The units and place a document names instead of the facility's (the report's settings); an empty one falls back. */
export interface HeaderUnits {
  governingUnit: string;
  issuingUnit: string;
  place: string;
}

/**
 * The heading every document carries (Nghị định 30/2020): top left the governing unit and the facility with a
 * short rule under it and the number; top right the national name and motto with a rule under it, and the place
 * and date in italics.
 */
export function DocumentHeader({ number, date, units }: { number: string; date: string; units?: HeaderUnits }) {
  const { t } = useTranslation();
  const { facility } = useCurrentUser();
  const governing = units?.governingUnit || facility.governingUnit;
  const issuing = units?.issuingUnit || facility.name;
  const place = units?.place || placeName(facility.address);
  return (
    <header className={classes.header}>
      <div>
        <div className={classes.unit}>{governing}</div>
        <div className={classes.org}>{issuing}</div>
        <div className={classes.rule} />
        <div className={classes.number}>{number}</div>
      </div>
      <div>
        <div className={classes.nation}>{t('print.nation')}</div>
        <div className={classes.motto}>{t('print.motto')}</div>
        <div className={classes.placeDate}>{t('print.placeDate', { place, ...dateParts(date) })}</div>
      </div>
    </header>
  );
}

export interface Signer {
  title: string;
  hint: string;
  name?: string | null;
}

/** Signature blocks side by side: the signer's title in capitals, the hint in italics, room to sign, the name. */
export function Signatures({ signers }: { signers: Signer[] }) {
  return (
    <section className={classes.signatures}>
      {signers.map((s) => (
        <div key={s.title}>
          <div className={classes.signTitle}>{s.title}</div>
          <div className={classes.signHint}>{s.hint}</div>
          <div className={classes.signName}>{s.name ?? ''}</div>
        </div>
      ))}
    </section>
  );
}
