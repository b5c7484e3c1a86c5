// A store's old spreadsheet as stores keep them: real-world headers, three good rows, one matching-ready
// phone (312-555-0142), and three bad rows (an e-mail, a missing name, 30 February). Used by the
// integration test and the e2e spec of the spreadsheet import.
export const SHEET = [
  'Customer,Mobile #,E-mail Address,Visit Date,Vehicle,Why not,Salesperson,Stock #',
  'Ann Lee,(312) 555-0142,ann@example.com,11/20/2026,F-150,Payment too high,Dave,A1',
  'Bo Ray,,bo at example,11/19/2026,Civic,,Dave,A2',
  'Cy Dunn,312-555-0143,,2026-11-18,Tacoma,needs to ask wife,,A3',
  ',312-555-0144,,11/18/2026,Tacoma,,,A4',
  'Di Park,312-555-0145,,2/30/2026,Tacoma,,,A5',
  'Ed Moss,312 555 0146,,11/17/2026 4:15 PM,RAV4,too expensive,Jo,A6',
].join('\r\n');
