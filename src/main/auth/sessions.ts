/**
 * Who is signed in, per client (an Electron window, or the browser bridge). Held only in main's
 * memory: closing Pauta signs everyone out.
 */
export class SessionStore {
  private readonly byClient = new Map<string, number>()

  userIdOf(clientId: string): number | null {
    return this.byClient.get(clientId) ?? null
  }

  signIn(clientId: string, userId: number): void {
    this.byClient.set(clientId, userId)
  }

  signOut(clientId: string): void {
    this.byClient.delete(clientId)
  }

  /** After a restore the sessions belong to data that is no longer there. */
  signOutAll(): void {
    this.byClient.clear()
  }
}
