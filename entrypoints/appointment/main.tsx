import { render } from 'preact';
import '@/components/base.css';
import './appointment.css';
import { localizePage, t } from '@/lib/i18n/t';
import { App } from './App';
import { useAppointment } from './useAppointment';

localizePage(t('diary_appt_title'));

function Page() {
  return <App load={useAppointment()} />;
}

const root = document.getElementById('app');
if (root) render(<Page />, root);
