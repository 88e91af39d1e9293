// The brand marks the match on screen completed with its actual results (the form of
// components/workflow/match-actions.tsx), pressing its first "Complete" button.
import type { Page } from "@playwright/test";

export type Results = { views: number; clicks: number; sales: number; revenue: number };

export async function completeWithResults(page: Page, r: Results): Promise<void> {
  await page.getByRole("button", { name: "Mark completed" }).click();
  await page.getByLabel("Actual views").fill(String(r.views));
  await page.getByLabel("Actual clicks").fill(String(r.clicks));
  await page.getByLabel("Actual sales").fill(String(r.sales));
  await page.getByLabel("Actual revenue (₩)").fill(String(r.revenue));
  await page.getByRole("button", { name: "Complete with these results", exact: true }).click();
}
