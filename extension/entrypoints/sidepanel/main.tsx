import { render } from 'preact';
render(<p>年报</p>, document.getElementById('app')!);
