import '@/components/zod-jitless';
import '@/components/pages.css';
import './sidepanel.css';
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
