import '@/components/zod-jitless';
import '@/components/pages.css';
import './popup.css';
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
