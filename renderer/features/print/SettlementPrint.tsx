import { useTranslation } from 'react-i18next';
import { formatInstantVN, formatNumber } from '../../format/format';
import { useItemKindText, useReasonText } from '../discharge/labels';
import classes from './discharge-print.module.css';
import { DischargePrint, type DischargeRecord } from './DischargePrint';
import { certificatePrintPath } from './paths';
import { formatMoney } from './print-text';
import { DocumentHeader, Signatures } from './PrintPage';
import print from './print.module.css';

type Settlement = NonNullable<DischargeRecord['current']>['settlement'];

function ItemsTable({ items }: { items: Settlement['items'] }) {
  const { t } = useTranslation();
  const kindText = useItemKindText();
  const p = 'discharge.print';
  if (items.length === 0) return <p className={print.para}>{t(`${p}.noItems`)}</p>;
  return (
    <table className={print.items}>
      <thead>
        <tr>
          <th>{t(`${p}.no`)}</th>
          <th>{t(`${p}.itemKind`)}</th>
          <th>{t(`${p}.description`)}</th>
          <th>{t(`${p}.quantity`)}</th>
          <th>{t(`${p}.returnedCol`)}</th>
          <th>{t(`${p}.note`)}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={`${item.source}-${item.itemId}`}>
            <td className={print.center}>{i + 1}</td>
            <td>{kindText(item.kind)}</td>
            <td>{item.description}</td>
            <td className={print.center}>{formatNumber(item.quantity)}</td>
            <td className={print.center}>{item.returned ? t(`${p}.returnedYes`) : t(`${p}.returnedNo`)}</td>
            <td>{item.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Payments({ s, certificate }: { s: Settlement; certificate: NonNullable<DischargeRecord['current']>['certificate'] }) {
  const { t } = useTranslation();
  const p = 'discharge.print';
  const cert = !certificate
    ? t(`${p}.certificateNone`)
    : t(s.certificateHandedOver ? `${p}.certificateGiven` : `${p}.certificateNotGiven`, { number: certificate.number });
  return (
    <table className={print.items}>
      <thead>
        <tr>
          <th>{t(`${p}.no`)}</th>
          <th>{t(`${p}.item`)}</th>
          <th>{t(`${p}.detail`)}</th>
          <th>{t(`${p}.amount`)}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className={print.center}>1</td>
          <td>{t(`${p}.roadMeals`)}</td>
          <td>{t(`${p}.roadMealsDetail`, { days: s.roadMealDays, rate: formatMoney(s.roadMealRate) })}</td>
          <td className={classes.money}>{formatMoney(s.roadMealDong)}</td>
        </tr>
        <tr>
          <td className={print.center}>2</td>
          <td>{t(`${p}.fare`)}</td>
          <td />
          <td className={classes.money}>{formatMoney(s.fareDong)}</td>
        </tr>
        <tr>
          <td className={print.center}>3</td>
          <td>{t('deposit.settlementRow')}</td>
          <td>{t('deposit.settlementRowDetail')}</td>
          <td className={classes.money}>{formatMoney(s.depositPaidDong)}</td>
        </tr>
        <tr>
          <td className={print.center}>4</td>
          <td>{t(`${p}.clothes`)}</td>
          <td>{s.clothes ? t(`${p}.clothesYes`) : t(`${p}.clothesNo`)}</td>
          <td />
        </tr>
        <tr>
          <td className={print.center}>5</td>
          <td>{t(`${p}.certificate`)}</td>
          <td>{cert}</td>
          <td />
        </tr>
        <tr className={classes.total}>
          <td />
          <td colSpan={2}>{t(`${p}.totalRow`)}</td>
          <td className={classes.money}>{formatMoney(s.totalDong + s.depositPaidDong)}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Sheet({ data }: { data: DischargeRecord }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const d = data.current;
  const p = 'discharge.print';
  if (!d) return <p className={print.para}>{t(`${p}.notDischarged`)}</p>;
  return (
    <>
      <DocumentHeader number={t('print.fileNumber', { fileNumber: data.stay.fileNumber })} date={d.dischargedOn} />
      <h1 className={print.title}>{t(`${p}.settlementTitle`)}</h1>
      <div className={print.subtitle}>{t(`${p}.settlementSubtitle`)}</div>
      <p className={print.para}>
        {t(`${p}.settlementPerson`, { name: data.stay.fullName, fileNumber: data.stay.fileNumber, at: formatInstantVN(d.occurredAt), reason: reasonText(d.reason) })}
      </p>
      <div className={print.heading}>{t(`${p}.itemsHeading`)}</div>
      <ItemsTable items={d.settlement.items} />
      <div className={print.heading}>{t(`${p}.paymentsHeading`)}</div>
      <Payments s={d.settlement} certificate={d.certificate} />
      {d.settlement.note && <p className={print.para}>{t(`${p}.settlementNote`, { note: d.settlement.note })}</p>}
      <p className={print.para}>{t(`${p}.settlementClosing`)}</p>
      <Signatures
        signers={[
          { title: t(`${p}.signResident`), hint: t('print.signHint'), name: data.stay.fullName },
          { title: t(`${p}.signOfficer`), hint: t('print.signHint'), name: d.recordedBy },
        ]}
      />
    </>
  );
}

/** The settlement sheet of a discharge (items returned, road meals, fare, clothes, certificate, total), A4. */
export function SettlementPrint({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  return (
    <DischargePrint stayId={stayId} other={{ to: certificatePrintPath(stayId), label: t('discharge.printCertificate') }}>
      {(data) => <Sheet data={data} />}
    </DischargePrint>
  );
}
