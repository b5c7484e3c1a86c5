// Which employee is signed in at which door session (an Electron window, a browser tab).
// Kept in memory: a restart signs everyone out, which is what a shared counter PC wants.
export class Sessions {
  private readonly byKey = new Map<string, number>();

  signIn(sessionKey: string, employeeId: number): void {
    this.byKey.set(sessionKey, employeeId);
  }

  signOut(sessionKey: string): void {
    this.byKey.delete(sessionKey);
  }

  employeeId(sessionKey: string): number | undefined {
    return this.byKey.get(sessionKey);
  }

  clear(): void {
    this.byKey.clear();
  }
}
