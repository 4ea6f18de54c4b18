// Tests run lib code outside React's server environment; "server-only" has nothing to guard there.
export {};
