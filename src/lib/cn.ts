import { clsx, type ClassValue } from 'clsx';

/**
 * Joins conditional class names. No tailwind-merge (it was 7 kB of the first download and
 * a cost per rendered chip): callers never pass two classes for the same property; choose
 * one with a condition, and use Button's `size` and `variant` instead of overriding.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
