import { greet } from './greet.js';
const later = () => import('./later.js');
greet(later);
