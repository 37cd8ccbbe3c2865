"""The person's own web flow: start a case without an account, come back with its number and
PIN, add photos (fingerprinted on the device) and URLs, follow the scan, read the results.
Every page carries the quick exit."""
