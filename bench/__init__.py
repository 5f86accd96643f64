"""Build benchmark: a synthetic corpus generator and a runner comparing the edition with plain Material."""
