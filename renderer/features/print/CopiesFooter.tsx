import { useTranslation } from 'react-i18next';
import classes from './discharge-print.module.css';
import shared from './print.module.css';

/**
 * The foot of a document (Nghị định 30/2020): "Nơi nhận:" with one line per copy at the left, the signer at the
 * right with the title, "(Ký, ghi rõ họ tên, đóng dấu)" and room to sign.
 */
export function CopiesFooter({ copies, signer, name }: { copies: string[]; signer: string; name?: string | null }) {
  const { t } = useTranslation();
  return (
    <section className={classes.footer}>
      <div className={classes.copies}>
        <div className={classes.copiesHeading}>{t('discharge.print.recipientsHeading')}</div>
        {copies.map((c) => (
          <div key={c}>{c}</div>
        ))}
      </div>
      <div className={classes.signer}>
        <div className={shared.signTitle}>{signer}</div>
        <div className={shared.signHint}>{t('print.sealHint')}</div>
        <div className={shared.signName}>{name ?? ''}</div>
      </div>
    </section>
  );
}
