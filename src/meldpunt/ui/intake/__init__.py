"""The intake form: recording a new report at the desk, and editing a saved one."""
