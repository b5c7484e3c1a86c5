import { partnersBench } from './partners.bench';
void partnersBench();
